import { graphql } from '../gql';

export const TokenCreate = graphql(`
  mutation TokenCreate($email: String!, $password: String!) {
    tokenCreate(email: $email, password: $password, refreshTokenDelivery: COOKIE) {
      accessToken
      accessTokenExpiresAt
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
