import { graphql } from '../gql';

export const TokenCreate = graphql(`
  mutation TokenCreate($email: String!, $password: String!) {
    tokenCreate(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        locale
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TokenRefresh = graphql(`
  mutation TokenRefresh($refreshToken: String!) {
    tokenRefresh(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const TokenRevoke = graphql(`
  mutation TokenRevoke($refreshToken: String!) {
    tokenRevoke(refreshToken: $refreshToken) {
      revoked
    }
  }
`);

export const MeUpdateLocale = graphql(`
  mutation MeUpdateLocale($locale: Locale!) {
    meUpdate(input: { locale: $locale }) {
      user {
        id
        locale
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
