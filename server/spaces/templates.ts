import { randomBytes } from 'node:crypto';
import type { SpaceTemplate } from '../../shared/api/document-library';
import type { DocumentLanguage } from '../../shared/api/schemas';
import type { DirectoryFile } from '../accounts/directory-file';

/** The room name a space template's content is kept under: no client can open it (shared/rooms.ts has no such kind). */
export const templateRoom = (templateId: string) => `template:${templateId}`;

export const newTemplateId = () => `tpl${randomBytes(12).toString('base64url')}`;

/** Spaces' own templates (saved from documents by admins), listed in accounts.json; their content is a room each. */
export class SpaceTemplates {
  constructor(private readonly file: DirectoryFile) {}

  inSpace(spaceId: string): SpaceTemplate[] {
    return this.file.data.templates
      .filter((template) => template.spaceId === spaceId)
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  find(spaceId: string, id: string): SpaceTemplate | undefined {
    return this.file.data.templates.find((template) => template.id === id && template.spaceId === spaceId);
  }

  /** Call once its content is stored (the room `templateRoom(id)`). */
  async add(
    id: string,
    spaceId: string,
    title: string,
    language: DocumentLanguage,
    createdBy: string,
  ): Promise<SpaceTemplate> {
    const template: SpaceTemplate = { id, spaceId, title, language, createdAt: new Date().toISOString(), createdBy };
    this.file.data.templates.push(template);
    await this.file.save();
    return template;
  }

  /** Removes it from the list; false if it was not there (removed already). */
  async remove(spaceId: string, id: string): Promise<boolean> {
    const before = this.file.data.templates.length;
    this.file.data.templates = this.file.data.templates.filter(
      (template) => !(template.id === id && template.spaceId === spaceId),
    );
    if (this.file.data.templates.length === before) return false;
    await this.file.save();
    return true;
  }
}
