import { graphql } from '../gql';

export const WorkspaceQuery = graphql(`
  query Workspace {
    me {
      id
      email
      fullName
      locale
      organizations {
        id
        name
        baseCurrency
        timezone
        locale
        createdAt
        viewerRole
        viewerPermissions
      }
    }
  }
`);

export const OrganizationCreate = graphql(`
  mutation OrganizationCreate($input: OrganizationCreateInput!) {
    organizationCreate(input: $input) {
      organization {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
