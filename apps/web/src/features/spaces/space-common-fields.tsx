import { Col } from 'design-react-kit';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';

type CommonField = 'name' | 'description';

interface SpaceCommonFieldsProps {
  values: Record<CommonField, string>;
  onChange: (field: CommonField, value: string) => void;
  errorFor: (field: CommonField) => string | undefined;
  nameHint?: string;
}

/** Name and description, the fields that start both the create and the edit form of a space (inside a <Row>). */
export function SpaceCommonFields({ values, onChange, errorFor, nameHint }: SpaceCommonFieldsProps) {
  const t = it.spaces;
  return (
    <>
      <Col xs={12}>
        <TextField
          id="spazio-name"
          label={t.name}
          value={values.name}
          onChange={(value) => onChange('name', value)}
          hint={nameHint}
          error={errorFor('name')}
          autoComplete="off"
          required
        />
      </Col>
      <Col xs={12}>
        <TextField
          id="spazio-description"
          type="textarea"
          label={t.descriptionField}
          value={values.description}
          onChange={(value) => onChange('description', value)}
          error={errorFor('description')}
          optional
        />
      </Col>
    </>
  );
}
