import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { Light } from '../../../../shared/cases.contract';
import { LIGHTS } from '../../../../shared/cases.contract';
import { apiRequest } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useApiData } from '../../../app/useApiData';
import { LoadError } from '../../../components/LoadError';
import { NotFound } from '../../../components/StatusPage';
import { casePageSchema, casePaths, caseQueryString } from '../../cases/api';
import { StaffCasePage } from '../../cases/StaffCase';
import { QueuePage } from '../../workbench/queue/QueuePage';

/** /console/cases/*: open cases by light, the list (overdue = red) and one case. */
export function CaseOversightRoutes() {
  return (
    <Routes>
      <Route index element={<CaseOversight />} />
      <Route path=":id" element={<OversightCase />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

const LIGHT_COLOR: Record<Light, string> = { green: '#389e0d', yellow: '#d48806', red: '#cf1322' };

function CaseOversight() {
  const t = useT();
  // Three counts from the list's totals: one small request per light.
  const load = useCallback(
    async (signal: AbortSignal) =>
      Promise.all(
        LIGHTS.map(async (light) => {
          const page = await apiRequest(
            'GET',
            casePaths.list + caseQueryString({ open: 'true', light, pageSize: 1 }),
            casePageSchema,
            { signal },
          );
          return [light, page.total] as const;
        }),
      ),
    [],
  );
  const counts = useApiData(load);
  return (
    <>
      <section className="tb-page">
        <Typography.Title level={1}>{t('cases.console.heading')}</Typography.Title>
        <Typography.Title level={2} className="tb-case-h2">
          {t('cases.console.open')}
        </Typography.Title>
        {counts.error && <LoadError message={counts.error} onRetry={counts.reload} />}
        <Row gutter={16}>
          {LIGHTS.map((light) => (
            <Col key={light} xs={24} sm={8}>
              <Card>
                <Statistic
                  title={t(`cases.light.${light}`)}
                  value={counts.data?.find(([l]) => l === light)?.[1] ?? '—'}
                  valueStyle={{ color: LIGHT_COLOR[light] }}
                  data-testid={`oversight-${light}`}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </section>
      <QueuePage base="/console/cases" title="cases.console.overdue" open overdue />
    </>
  );
}

function OversightCase() {
  const { id = '' } = useParams();
  const t = useT();
  return <StaffCasePage id={id} backLink={<Link to="/console/cases">{t('cases.back')}</Link>} />;
}
