import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import {
  FILE_TYPES,
  FILE_TYPE_NAMES,
  UPLOAD_LIMIT_BYTES_DEFAULT,
  type Attachment,
  type Facility,
  type FileType,
} from '@contracts';
import {
  App,
  Button,
  Drawer,
  Empty,
  Image,
  Input,
  List,
  Popconfirm,
  Progress,
  Radio,
  Space,
  Switch,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useLabels } from '../../../i18n/labels.ts';
import {
  useArchiveAttachment,
  useFacilityAttachments,
  useUploadFacilityAttachment,
} from '../queries.ts';

type Kind = 'photo' | 'document';
/** A photo is shown as a picture, so it must be one the browser can draw. */
export const PHOTO_TYPES: FileType[] = ['png', 'jpeg', 'webp'];
const acceptOf = (types: FileType[]) =>
  types.flatMap((type) => FILE_TYPES[type].extensions.map((e) => `.${e}`)).join(',');
const extensionOf = (name: string) =>
  name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';

/** "12 KB", "3.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads one file after checking its extension and size in the browser; what the server still refuses
 * (bytes that are not the named type: 415, a lower deployment limit: 413) is shown with its own message.
 */
export function AttachmentUpload({
  types,
  label,
  testId,
  small,
  onUpload,
}: {
  types: FileType[];
  small?: boolean;
  label: string;
  testId: string;
  onUpload: (file: File, onProgress: (percent: number) => void) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [percent, setPercent] = useState<number | null>(null);
  const extensions: string[] = types.flatMap((type) => FILE_TYPES[type].extensions);

  const upload = (file: File) => {
    if (!extensions.includes(extensionOf(file.name))) {
      void message.error(
        t('attachments.wrongType', { name: file.name, types: extensions.join(', ') }),
      );
      return;
    }
    if (file.size > UPLOAD_LIMIT_BYTES_DEFAULT) {
      void message.error(
        t('attachments.tooLarge', {
          name: file.name,
          limit: UPLOAD_LIMIT_BYTES_DEFAULT / 1024 / 1024,
        }),
      );
      return;
    }
    setPercent(0);
    onUpload(file, setPercent)
      .then(() => void message.success(t('attachments.uploaded', { name: file.name })))
      .catch((error: unknown) => onApiError(error))
      .finally(() => setPercent(null));
  };

  return (
    <Space size={8}>
      <span data-testid={testId}>
        <Upload
          accept={acceptOf(types)}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => (upload(file), false)}
        >
          <Button
            icon={<UploadOutlined />}
            size={small ? 'small' : 'middle'}
            loading={percent !== null}
          >
            {label}
          </Button>
        </Upload>
      </span>
      {percent !== null && (
        <Progress
          percent={percent}
          size="small"
          style={{ width: 120, margin: 0 }}
          aria-label={t('attachments.progress')}
        />
      )}
    </Space>
  );
}

/** Archives an attachment after asking why; the reason goes to the audit trail. */
export function ArchiveAttachmentButton({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const archive = useArchiveAttachment();
  const [reason, setReason] = useState('');
  const valid = reason.trim().length >= 2;
  return (
    <Popconfirm
      title={t('attachments.archiveTitle', { name: attachment.fileName })}
      description={
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('common.reasonRule')}
          aria-label={t('common.reason')}
          maxLength={500}
          rows={2}
          style={{ width: 260, marginTop: 4 }}
          data-testid={`attachment-archive-reason-${attachment.id}`}
        />
      }
      okText={t('attachments.archive')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: !valid }}
      onOpenChange={(open) => open && setReason('')}
      onConfirm={() =>
        archive
          .mutateAsync({ attachment, reason: reason.trim() })
          .then(
            () => void message.success(t('attachments.archived', { name: attachment.fileName })),
          )
          .catch((error: unknown) => void onApiError(error))
      }
    >
      <Button type="link" size="small" danger data-testid={`attachment-archive-${attachment.id}`}>
        {t('attachments.archive')}
      </Button>
    </Popconfirm>
  );
}

/** A download link to the file, with its size. */
export function AttachmentLink({ attachment }: { attachment: Attachment }) {
  return (
    <Space size={4} wrap>
      <FileOutlined aria-hidden />
      <Typography.Link
        href={attachment.url}
        download={attachment.fileName}
        data-testid={`attachment-download-${attachment.id}`}
      >
        {attachment.fileName}
      </Typography.Link>
      <Typography.Text type="secondary">({fileSize(attachment.size)})</Typography.Text>
    </Space>
  );
}

function ArchivedNote({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  if (!attachment.archived) return null;
  return (
    <Typography.Text type="secondary">
      {t('attachments.archivedReason', { reason: attachment.archivedReason ?? '—' })}
    </Typography.Text>
  );
}

function Photos({ photos }: { photos: Attachment[] }) {
  const { t } = useTranslation();
  if (photos.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.noPhotos')} />;
  return (
    <Image.PreviewGroup>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))',
          gap: 12,
        }}
      >
        {photos.map((p) => (
          <figure key={p.id} style={{ margin: 0 }} data-testid={`attachment-photo-${p.id}`}>
            <Image
              src={p.url}
              alt={p.fileName}
              width={128}
              height={128}
              style={{ objectFit: 'cover', borderRadius: 4 }}
            />
            <figcaption style={{ fontSize: 12, wordBreak: 'break-all' }}>
              <Typography.Link href={p.url} download={p.fileName}>
                {p.fileName}
              </Typography.Link>
              <div>
                <Typography.Text type="secondary">{fileSize(p.size)}</Typography.Text>
              </div>
              <ArchivedNote attachment={p} />
              {p.can.archive && (
                <div>
                  <ArchiveAttachmentButton attachment={p} />
                </div>
              )}
            </figcaption>
          </figure>
        ))}
      </div>
    </Image.PreviewGroup>
  );
}

function Documents({ documents }: { documents: Attachment[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <List<Attachment>
      size="small"
      dataSource={documents}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.noDocuments')} />
        ),
      }}
      renderItem={(d) => (
        <List.Item
          key={d.id}
          data-testid={`attachment-document-${d.id}`}
          actions={d.can.archive ? [<ArchiveAttachmentButton key="archive" attachment={d} />] : []}
        >
          <Space direction="vertical" size={0}>
            <AttachmentLink attachment={d} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.dateTime(d.createdAt)}
            </Typography.Text>
            <ArchivedNote attachment={d} />
          </Space>
        </List.Item>
      )}
    />
  );
}

/** A facility's photos (thumbnails with preview) and documents (download links); upload and archive from the `can` flags. */
export function FacilityAttachments({
  facility,
  onClose,
}: {
  facility: Facility | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [archived, setArchived] = useState(false);
  const [kind, setKind] = useState<Kind>('photo');
  const { data = [], isFetching } = useFacilityAttachments(facility?.id ?? '', archived);
  const upload = useUploadFacilityAttachment();
  const photos = data.filter((a) => a.kind === 'photo' && a.mimeType.startsWith('image/'));
  const documents = data.filter((a) => !photos.includes(a));
  const close = () => {
    setArchived(false);
    setKind('photo');
    onClose();
  };

  return (
    <Drawer
      open={facility !== null}
      title={
        facility
          ? t('attachments.title', { port: facility.portCode, area: facility.functionalArea })
          : ''
      }
      width={640}
      onClose={close}
      destroyOnHidden
      loading={isFetching && data.length === 0}
    >
      {facility && (
        <Space
          direction="vertical"
          size={16}
          style={{ width: '100%' }}
          data-testid="attachments-drawer"
        >
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            {facility.can.update && !archived ? (
              <Space wrap>
                <Radio.Group
                  optionType="button"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as Kind)}
                  aria-label={t('attachments.kind')}
                  data-testid="attachment-kind"
                  options={[
                    { value: 'photo', label: t('attachments.photo') },
                    { value: 'document', label: t('attachments.document') },
                  ]}
                />
                <AttachmentUpload
                  types={kind === 'photo' ? PHOTO_TYPES : FILE_TYPE_NAMES}
                  label={
                    kind === 'photo'
                      ? t('attachments.uploadPhoto')
                      : t('attachments.uploadDocument')
                  }
                  testId="attachment-upload"
                  onUpload={(file, onProgress) =>
                    upload.mutateAsync({ facilityId: facility.id, kind, file, onProgress })
                  }
                />
              </Space>
            ) : (
              <span />
            )}
            <Space size={8}>
              <Switch
                id="attachments-show-archived"
                checked={archived}
                onChange={setArchived}
                data-testid="attachment-show-archived"
              />
              <label htmlFor="attachments-show-archived">{t('attachments.showArchived')}</label>
            </Space>
          </Space>
          <section aria-labelledby="attachments-photos">
            <Typography.Title level={3} style={{ fontSize: 14 }} id="attachments-photos">
              {archived ? t('attachments.archivedPhotos') : t('attachments.photos')}
            </Typography.Title>
            <Photos photos={photos} />
          </section>
          <section aria-labelledby="attachments-documents">
            <Typography.Title level={3} style={{ fontSize: 14 }} id="attachments-documents">
              {archived ? t('attachments.archivedDocuments') : t('attachments.documents')}
            </Typography.Title>
            <Documents documents={documents} />
          </section>
        </Space>
      )}
    </Drawer>
  );
}
