import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { fakeGraphQL, renderApp, signedIn } from '../test/render';
import { takeLanguageChosenBeforeSignIn } from '.';
import { LanguageSwitch } from './LanguageSwitch';

function Sample() {
  const { t } = useTranslation();
  return (
    <p>
      {t('nav.dashboard')} / {t('auth.signOut')}
    </p>
  );
}

const answer = () => ({ data: { meUpdate: { __typename: 'ViewerPayload', user: { __typename: 'User', id: 'user-1', locale: 'EN' }, errors: [] } } });

async function switchTo(label: string) {
  await userEvent.click(screen.getByTestId('language-switch'));
  await userEvent.click(await screen.findByText(label));
}

describe('LanguageSwitch', () => {
  it('starts in Chinese and switches the visible texts to English and back', async () => {
    const api = fakeGraphQL(answer);
    renderApp(
      <>
        <LanguageSwitch />
        <Sample />
      </>,
      { fetch: api.fetch },
    );
    expect(screen.getByText('概览 / 退出登录')).toBeInTheDocument();
    await switchTo('English');
    expect(await screen.findByText('Dashboard / Sign out')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await switchTo('简体中文');
    expect(await screen.findByText('概览 / 退出登录')).toBeInTheDocument();
  });

  it('remembers the choice on this browser before sign-in, without calling the API', async () => {
    const api = fakeGraphQL(answer);
    renderApp(<LanguageSwitch />, { fetch: api.fetch });
    await switchTo('English');
    await waitFor(() => expect(localStorage.getItem('huikuan.language')).toBe('en'));
    expect(api.calls).toHaveLength(0);
    // …and it is saved for whoever signs in next in this tab.
    expect(takeLanguageChosenBeforeSignIn()).toBe('en');
  });

  it('saves the choice for a signed-in user with meUpdate', async () => {
    signedIn();
    const api = fakeGraphQL(answer);
    renderApp(<LanguageSwitch />, { fetch: api.fetch });
    await switchTo('English');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0].query).toContain('meUpdate');
    expect(api.calls[0].variables).toEqual({ locale: 'EN' });
    expect(localStorage.getItem('huikuan.language')).toBe('en');
  });
});
