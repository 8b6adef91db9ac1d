import type { ApplicationDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../shared/ui/attachment-list';
import { useDownloadCertificate } from '../api/download-application-certificate';

const nothing = () => Promise.resolve();

/** The certificates of earlier training the applicant added: the coordinator downloads them (audited). */
export function ApplicationCertificates({ application }: { application: ApplicationDto }) {
  const { t } = useTranslation();
  const download = useDownloadCertificate(application.id);
  return (
    <AttachmentList
      id="application-certificate"
      items={application.certificates}
      canChange={false}
      accept=""
      pending={download.isPending}
      texts={{
        none: t('onboarding.detail.noCertificates'),
        download: t('onboarding.detail.download'),
        downloadNamed: (name) => t('onboarding.detail.downloadNamed', { name }),
        remove: '',
        removeNamed: () => '',
        add: '',
        hint: '',
        added: () => '',
        removed: () => '',
      }}
      onDownload={(c) => download.mutateAsync({ certificateId: c.id, fileName: c.fileName })}
      onRemove={nothing}
      onUpload={nothing}
    />
  );
}
