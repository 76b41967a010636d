import { Navigate, Route, Routes } from 'react-router';
import { useServers } from '../data/servers';
import { DocumentScreen } from '../screens/document/DocumentScreen';
import { CategoryScreen } from '../screens/forum/CategoryScreen';
import { ForumHomeScreen } from '../screens/forum/ForumHomeScreen';
import { ForumSearchScreen } from '../screens/forum/ForumSearchScreen';
import { ModerationLogScreen } from '../screens/forum/ModerationLogScreen';
import { NotificationsScreen } from '../screens/forum/NotificationsScreen';
import { UnreadScreen } from '../screens/forum/UnreadScreen';
import { NewThreadScreen } from '../screens/forum/thread/NewThreadScreen';
import { ThreadScreen } from '../screens/forum/thread/ThreadScreen';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { OpenLinkScreen } from '../screens/OpenLinkScreen';
import { PersonScreen } from '../screens/person/PersonScreen';
import { ProfileScreen } from '../screens/profile/ProfileScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { AddServerScreen } from '../screens/sign-in/AddServerScreen';
import { JoinScreen } from '../screens/sign-in/JoinScreen';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { SpaceDetailsScreen } from '../screens/space/SpaceDetailsScreen';
import { SpaceDocumentsScreen } from '../screens/space/SpaceDocumentsScreen';
import { SpaceInvitesScreen } from '../screens/space/SpaceInvitesScreen';
import { SpaceLayout } from '../screens/space/SpaceLayout';
import { SpacePeopleScreen } from '../screens/space/SpacePeopleScreen';
import { SpacesScreen } from '../screens/spaces/SpacesScreen';
import { Frame } from './frame/Frame';
import { Keyed } from './Keyed';
import { paths } from './paths';
import { ServerGate } from './ServerGate';
import { shownServer } from './server-entries';

/** Every screen and its address (see paths.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<HomeRedirect />} />
      <Route path="sign-in" element={<SignInScreen />} />
      <Route
        path="add-server"
        element={
          <Frame>
            <AddServerScreen />
          </Frame>
        }
      />
      <Route
        path="join"
        element={
          <Frame>
            <JoinScreen />
          </Frame>
        }
      />
      <Route
        path="open"
        element={
          <Frame>
            <OpenLinkScreen />
          </Frame>
        }
      />
      <Route
        path="settings"
        element={
          <Frame>
            <SettingsScreen />
          </Frame>
        }
      />
      <Route
        path="s/:serverId"
        element={
          <Keyed by="serverId">
            <ServerGate />
          </Keyed>
        }
      >
        <Route index element={<SpacesScreen />} />
        <Route path="profile" element={<ProfileScreen />} />
        <Route path="unread" element={<UnreadScreen />} />
        <Route path="notifications" element={<NotificationsScreen />} />
        <Route
          path="spaces/:spaceId"
          element={
            <Keyed by="spaceId">
              <SpaceLayout />
            </Keyed>
          }
        >
          <Route index element={<SpaceDocumentsScreen />} />
          <Route path="forum" element={<ForumHomeScreen />} />
          <Route path="forum/unread" element={<UnreadScreen />} />
          <Route path="forum/search" element={<ForumSearchScreen />} />
          <Route path="forum/log" element={<ModerationLogScreen />} />
          <Route path="forum/c/:categoryId" element={<CategoryScreen />} />
          <Route path="forum/c/:categoryId/new" element={<NewThreadScreen />} />
          <Route path="forum/t/:threadId" element={<ThreadScreen />} />
          <Route path="people" element={<SpacePeopleScreen />} />
          <Route path="invites" element={<SpaceInvitesScreen />} />
          <Route path="details" element={<SpaceDetailsScreen />} />
        </Route>
        <Route
          path="documents/:documentId"
          element={
            <Keyed by="documentId">
              <DocumentScreen />
            </Keyed>
          }
        />
        <Route
          path="people/:userId"
          element={
            <Keyed by="userId">
              <PersonScreen />
            </Keyed>
          }
        />
        <Route path="*" element={<NotFoundScreen what="page" />} />
      </Route>
      <Route
        path="*"
        element={
          <Frame>
            <NotFoundScreen what="page" />
          </Frame>
        }
      />
    </Routes>
  );
}

/** The app's start: the server last shown, if signed in there; else sign-in. */
function HomeRedirect() {
  const { entries } = useServers();
  const shown = shownServer(entries);
  const server = shown?.user ? shown : entries.find((entry) => entry.user);
  return <Navigate to={server ? paths.server(server.id) : paths.signIn()} replace />;
}
