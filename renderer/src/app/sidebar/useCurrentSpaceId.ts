import { useMatch } from 'react-router';
import { useDocumentInfo } from '../../data/documents';

/** The space the person is in: the one in the address, or the open document's. */
export function useCurrentSpaceId(): string | null {
  const inSpace = useMatch('/s/:serverId/spaces/:spaceId/*');
  const inDocument = useMatch('/s/:serverId/documents/:documentId');
  const documentInfo = useDocumentInfo(
    inDocument?.params.serverId ?? '',
    inDocument?.params.documentId ?? '',
    Boolean(inDocument),
  );
  if (inSpace) return inSpace.params.spaceId ?? null;
  return documentInfo.data?.document.spaceId ?? null;
}
