import { createContext, useContext } from 'react';

/** Where a document's images live: its server and space (images are stored per space). */
export type ImagePlace = { serverId: string; spaceId: string };

export const ImagePlaceContext = createContext<ImagePlace | null>(null);

export const useImagePlace = () => useContext(ImagePlaceContext);
