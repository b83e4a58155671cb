import { LEAVE_DOCUMENT_MAX_BYTES } from '../leave-documents/store-leave-document';

/** The most a web chat upload may carry: the cap every channel's files have (10 MB). */
export const LOCAL_UPLOAD_MAX_BYTES = LEAVE_DOCUMENT_MAX_BYTES;
