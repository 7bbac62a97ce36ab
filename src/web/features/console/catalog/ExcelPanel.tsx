import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CSRF_HEADER, errorBodySchema, sessionResponseSchema } from '../../../../shared/auth.contract';
import { ApiError, apiRequest } from '../../../app/api';
import { useLang, useT } from '../../../app/i18n';
import { XLSX_CONTENT_TYPE, importResultSchema, itemApi, sheetProblemSchema } from './contracts';
import type { ImportResult, SheetProblem } from './contracts';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  | { kind: 'done'; file: string; result: ImportResult }
  | { kind: 'refused'; file: string; problems: SheetProblem[] }
  | { kind: 'failed'; file: string; message: string };

/**
 * Excel 批量维护: the template and the export are plain downloads (the session cookie goes along);
 * the import sends the workbook's bytes as they are. The server checks every row first and writes
 * all or nothing, so a refused workbook changed nothing.
 */
export function ExcelPanel({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const upload = async (file: File) => {
    setState({ kind: 'busy', file: file.name });
    try {
      // The API client keeps its CSRF token to itself and sends JSON only; the session hands it out.
      const { csrfToken } = await apiRequest('GET', '/api/v1/auth/me', sessionResponseSchema);
      const response = await fetch(itemApi.import, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': XLSX_CONTENT_TYPE,
          Accept: 'application/json',
          'Accept-Language': lang,
          [CSRF_HEADER]: csrfToken,
        },
        body: file,
      });
      const data: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const parsed = importResultSchema.safeParse(data);
        if (!parsed.success) {
          setState({ kind: 'failed', file: file.name, message: t('error.badResponse') });
          return;
        }
        setState({ kind: 'done', file: file.name, result: parsed.data });
        onImported();
        return;
      }
      const body = errorBodySchema.partial({ details: true }).safeParse(data);
      if (!body.success) {
        setState({ kind: 'failed', file: file.name, message: t('error.http', { status: response.status }) });
        return;
      }
      // Problems located in the workbook; a file that is no workbook at all has none.
      const problems = (body.data.details ?? []).flatMap((d) => {
        const p = sheetProblemSchema.safeParse(d);
        return p.success && p.data.sheet ? [p.data] : [];
      });
      setState(
        response.status === 400 && problems.length
          ? { kind: 'refused', file: file.name, problems }
          : { kind: 'failed', file: file.name, message: body.data.message },
      );
    } catch (error) {
      setState({
        kind: 'failed',
        file: file.name,
        message: error instanceof ApiError ? error.message : t('error.network'),
      });
    }
  };

  const columns: TableColumnsType<SheetProblem & { n: number }> = [
    {
      title: t('catalogAdmin.excel.sheet'),
      dataIndex: 'sheet',
      key: 'sheet',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('catalogAdmin.excel.row'),
      dataIndex: 'row',
      key: 'row',
      width: 72,
      render: (v: number | null) => v ?? '—',
    },
    {
      title: t('catalogAdmin.excel.column'),
      key: 'column',
      render: (_, p) => (
        <span className="tb-nowrap">
          {p.column ?? '—'}
          {p.header && <span className="tb-secondary"> {p.header}</span>}
        </span>
      ),
    },
    { title: t('catalogAdmin.excel.problem'), dataIndex: 'message', key: 'message' },
  ];

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="excel-panel"
      title={
        <span>
          <FileExcelOutlined /> {t('catalogAdmin.excel.title')}
        </span>
      }
    >
      <Typography.Paragraph className="tb-secondary" style={{ marginBottom: 12 }}>
        {t('catalogAdmin.excel.hint')}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href={itemApi.template} download data-testid="excel-template">
          {t('catalogAdmin.excel.template')}
        </Button>
        <Button icon={<DownloadOutlined />} href={itemApi.export} download data-testid="excel-export">
          {t('catalogAdmin.excel.export')}
        </Button>
        <Upload
          accept={`.xlsx,${XLSX_CONTENT_TYPE}`}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={state.kind === 'busy'} data-testid="excel-import">
            {t('catalogAdmin.excel.import')}
          </Button>
        </Upload>
      </Space>

      {state.kind === 'busy' && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('catalogAdmin.excel.importing', { file: state.file })}
        />
      )}
      {state.kind === 'done' && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          closable={{ onClose: () => setState({ kind: 'idle' }) }}
          data-testid="excel-import-result"
          title={t('catalogAdmin.excel.done', { file: state.file })}
          description={t('catalogAdmin.excel.counts', {
            created: state.result.created,
            updated: state.result.updated,
            unchanged: state.result.unchanged,
            bundles: state.result.bundles,
          })}
        />
      )}
      {state.kind === 'failed' && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          closable={{ onClose: () => setState({ kind: 'idle' }) }}
          data-testid="excel-import-result"
          title={t('catalogAdmin.excel.failed', { file: state.file })}
          description={state.message}
        />
      )}
      {state.kind === 'refused' && (
        <div style={{ marginTop: 12 }} data-testid="excel-import-problems">
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setState({ kind: 'idle' }) }}
            title={t('catalogAdmin.excel.refused', { file: state.file, count: state.problems.length })}
            description={t('catalogAdmin.excel.fixAndRetry')}
            style={{ marginBottom: 8 }}
          />
          <Table<SheetProblem & { n: number }>
            size="small"
            rowKey="n"
            columns={columns}
            dataSource={state.problems.map((p, n) => ({ ...p, n }))}
            pagination={{
              pageSize: 10,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            scroll={{ x: 'max-content' }}
          />
        </div>
      )}
    </Card>
  );
}
