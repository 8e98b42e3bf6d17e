import { gql, type TypedDocumentNode } from '@urql/core';
import type { CurrentUser, Invitation, InviteUserInput } from './auth-types';

const USER_FIELDS = gql`
  fragment CurrentUserFields on User {
    id
    email
    displayName
    platformRole
    memberships {
      position
      organization {
        id
        name
      }
    }
  }
`;

export const MeQuery: TypedDocumentNode<{ me: CurrentUser | null }, Record<string, never>> = gql`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
  ${USER_FIELDS}
`;

export const LoginMutation: TypedDocumentNode<{ login: CurrentUser }, { email: string; password: string }> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
  ${USER_FIELDS}
`;

export const LogoutMutation: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

export const RequestPasswordResetMutation: TypedDocumentNode<
  { requestPasswordReset: boolean },
  { email: string }
> = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

export const ResetPasswordMutation: TypedDocumentNode<
  { resetPassword: boolean },
  { token: string; password: string }
> = gql`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`;

export const AcceptInvitationMutation: TypedDocumentNode<
  { acceptInvitation: CurrentUser },
  { token: string; password: string }
> = gql`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...CurrentUserFields
    }
  }
  ${USER_FIELDS}
`;

export const InviteUserMutation: TypedDocumentNode<{ inviteUser: Invitation }, { input: InviteUserInput }> = gql`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      email
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`;
