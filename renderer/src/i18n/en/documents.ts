/** Documents: the list of a space's documents, creating, renaming and moving them. */
export const documents = {
  'documents.listLabel': 'Documents in this space',
  'documents.empty': 'No documents yet. Create the first one below.',
  'documents.fromCache': 'You’re offline, so this is the list as this device last saw it.',
  'documents.newHeading': 'New document',
  'documents.newTitle': 'Title',
  'documents.create': 'Create',
  'documents.updated': 'Last changed {{date}}',
  'documents.rename': 'Rename {{title}}',
  'documents.renameShort': 'Rename',
  'documents.renameField': 'Document title',
  'documents.save': 'Save',
  'documents.cancel': 'Cancel',
  'documents.offlineCreate':
    'You’re offline. New documents you create are kept on this device and sent when you’re back online.',
  'documents.createQueued':
    '“{{title}}” will be created when the connection returns. Until then it waits in the Outbox.',
  'documents.renameQueued':
    'Renamed to “{{title}}” on this device. The new title will be sent when the connection returns.',
  'documents.pendingCreate': 'Waiting to be sent',
  'documents.pendingCreateRefused': 'Not created: the server refused it. See the Outbox.',
  'documents.renameWaiting': 'New title waiting to be sent',
  'documents.renameRefused': 'The server refused the new title. See the Outbox.',
  'documents.emptyReadOnly': 'No documents here yet.',
  'documents.move': 'Move {{title}}',
  'documents.moveShort': 'Move',
  'documents.moveTo': 'Move to space',
  'documents.moveSubmit': 'Move document',
  'documents.moved': 'Moved “{{title}}” to {{space}}.',
  'documents.noMoveTargets': 'There’s no other space you manage to move it to.',
} as const;
