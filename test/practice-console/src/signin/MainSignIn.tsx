import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { partitionDomain } from '../routing';
import { usePracticeState } from '../state/store';
import { SignInCard } from './SignInCard';
import { EMAIL_FORMAT, isThisAccount, signInUrl } from './signinUrls';

/** The main sign-in page: choose root user or IAM user, then one resolving text box. */
export function MainSignIn({ redirectUri, onRootEmail }: { redirectUri: string | null; onRootEmail: (email: string) => void }) {
  const state = usePracticeState();
  // China regions have no root user: everyone signs in as an IAM user there.
  const rootAllowed = partitionDomain() !== 'amazonaws.cn';
  const [userType, setUserType] = useState(rootAllowed ? 'root' : 'iam');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isRoot = userType === 'root';

  function next(event: FormEvent) {
    event.preventDefault();
    const typed = value.trim();
    if (isRoot) {
      if (!typed) return setError('Enter your root user email address.');
      if (!EMAIL_FORMAT.test(typed)) return setError('Enter a valid email address.');
      return onRootEmail(typed);
    }
    if (!typed || !isThisAccount(state, typed)) return setError('The account ID or alias you entered is not valid.');
    const prefix = /^[\d-]+$/.test(typed) ? typed.replace(/-/g, '') : typed.toLowerCase();
    window.location.href = signInUrl(prefix, '/console', redirectUri);
  }

  return (
    <SignInCard title="Sign in">
      <form onSubmit={next} noValidate>
        <SpaceBetween size="l">
          {error && <Alert type="error">{error}</Alert>}
          <RadioGroup
            value={userType}
            onChange={(event) => {
              setUserType(event.detail.value);
              setError(null);
            }}
            items={[
              ...(rootAllowed
                ? [
                    {
                      value: 'root',
                      label: 'Root user',
                      description: 'Account owner that performs tasks requiring unrestricted access.',
                      controlId: 'root_user_radio_button',
                    },
                  ]
                : []),
              {
                value: 'iam',
                label: 'IAM user',
                description: 'User within an account that performs daily tasks.',
                controlId: 'iam_user_radio_button',
              },
            ]}
          />
          <FormField
            label={isRoot ? 'Root user email address' : 'Account ID (12 digits) or account alias'}
            controlId="resolving_input"
          >
            <Input
              className="aws-signin-textfield"
              type={isRoot ? 'email' : 'text'}
              name={isRoot ? 'email' : 'account'}
              autoComplete={isRoot ? 'username' : 'off'}
              value={value}
              placeholder={isRoot ? 'username@example.com' : ''}
              onChange={(event) => {
                setValue(event.detail.value);
                setError(null);
              }}
              autoFocus
            />
          </FormField>
          <Button id="next_button" variant="primary" fullWidth formAction="submit">
            <span id="next_button_text">Next</span>
          </Button>
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
