import { t } from '../../i18n';

/** Step 1 of Create access key: the use cases and the alternative the console recommends for each. */
export const USE_CASES: { value: string; label: string; description: string; alternative?: string }[] = [
  {
    value: 'cli',
    label: t('Command Line Interface (CLI)'),
    description: t('You plan to use this access key to enable the AWS CLI to access your AWS account.'),
    alternative: t('Use AWS CloudShell, a browser-based CLI, to run commands, or use the AWS CLI V2 with authentication through a user in IAM Identity Center.'),
  },
  {
    value: 'local-code',
    label: t('Local code'),
    description: t('You plan to use this access key to enable application code in a local development environment to access your AWS account.'),
    alternative: t('Use an integrated development environment (IDE) that supports IAM Identity Center authentication, such as the AWS Toolkit for IDEs.'),
  },
  {
    value: 'compute',
    label: t('Application running on an AWS compute service'),
    description: t('You plan to use this access key to enable application code running on an AWS compute service like Amazon EC2, Amazon ECS, or AWS Lambda to access your AWS account.'),
    alternative: t('Assign an IAM role to the compute resource, such as an EC2 instance or Lambda function, so that it automatically gets temporary credentials.'),
  },
  {
    value: 'third-party',
    label: t('Third-party service'),
    description: t('You plan to use this access key to enable access for a third-party application or service that monitors or manages your AWS resources.'),
    alternative: t('Use temporary security credentials (IAM roles) instead of creating long-term credentials like access keys.'),
  },
  {
    value: 'outside-aws',
    label: t('Application running outside AWS'),
    description: t('You plan to use this access key to authenticate workloads running in your data center or other infrastructure outside of AWS that needs to access your AWS resources.'),
  },
  { value: 'other', label: t('Other'), description: t('Your use case is not listed here.') },
];
