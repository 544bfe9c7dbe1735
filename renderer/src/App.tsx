import { ClientBar } from './screens/ClientBar';
import { ForgotRequest, ForgotReset } from './screens/Forgot';
import { KnownUsers } from './screens/KnownUsers';
import { PasswordChange } from './screens/PasswordChange';
import {
  ForgotDone,
  NoBridge,
  PasswordChanged,
  SsoWaiting,
  StartFailed,
  Starting,
} from './screens/SimpleScreens';
import { Step1 } from './screens/Step1';
import { Step2 } from './screens/Step2';
import { useApp } from './store/app-store';

/** One screen at a time. Keys make React build each screen afresh, so nothing typed on one
 * (passwords above all) survives into the next, even between two screens of the same kind. */
export function App() {
  const screen = useApp((s) => s.screen);
  const mode = useApp((s) => s.mode);
  return (
    <div className={`app mode-${mode}`} data-screen={screen.name}>
      {renderScreen(screen)}
    </div>
  );
}

let generation = 0;
const keys = new WeakMap<object, number>();

function keyOf(screen: object): number {
  let key = keys.get(screen);
  if (key === undefined) {
    key = ++generation;
    keys.set(screen, key);
  }
  return key;
}

function renderScreen(screen: ReturnType<typeof useApp.getState>['screen']) {
  const key = keyOf(screen);
  switch (screen.name) {
    case 'starting':
      return <Starting key={key} />;
    case 'start-failed':
      return <StartFailed key={key} />;
    case 'no-bridge':
      return <NoBridge key={key} />;
    case 'known-users':
      return <KnownUsers key={key} />;
    case 'step1':
      return <Step1 key={key} />;
    case 'step2':
      return <Step2 key={key} {...screen} />;
    case 'sso-waiting':
      return <SsoWaiting key={key} />;
    case 'password-change':
      return <PasswordChange key={key} {...screen} />;
    case 'password-changed':
      return <PasswordChanged key={key} password={screen.password} />;
    case 'forgot-request':
      return <ForgotRequest key={key} {...screen} />;
    case 'forgot-reset':
      return <ForgotReset key={key} {...screen} />;
    case 'forgot-done':
      return <ForgotDone key={key} password={screen.password} />;
    case 'signed-in':
      return <ClientBar key={key} />;
  }
}
