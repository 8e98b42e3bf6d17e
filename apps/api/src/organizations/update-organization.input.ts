import { InputType, PartialType } from '@nestjs/graphql';
import { CreateOrganizationInput } from './create-organization.input';

/** Every field optional: only what is given changes. */
@InputType()
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput) {}
