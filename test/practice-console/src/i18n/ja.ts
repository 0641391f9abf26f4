/**
 * Japanese: the practice console's own strings, keyed by the English text shown today.
 *
 * Sources: AWS documentation in Japanese. Where a group's labels were read in the localized page
 * (its console labels in [ ] or 「」), the comment says "verified"; where this session's search did
 * not reach the localized procedure text, the wording follows the same page's terminology and the
 * group says "no AWS source found" — to be checked against packs/locales/ja.yaml.
 */
export const ja: Readonly<Record<string, string>> = {
  // Global header and shell. no AWS source found (console chrome; terms from the IAM User Guide ja_jp)
  'Close navigation': 'ナビゲーションを閉じる',
  'Open navigation': 'ナビゲーションを開く',
  Breadcrumbs: 'パンくずリスト',
  'more menu': 'その他のメニュー',
  'Console Home': 'コンソールのホーム',
  Services: 'サービス',
  'Search [Alt+S]': '検索 [Alt+S]',
  Search: '検索',
  'This is a practice console, not AWS': 'これは練習用コンソールです (AWS ではありません)',
  'Practice console': '練習用コンソール',
  'Account ID:': 'アカウント ID:',
  'Copy Account Id': 'アカウント ID をコピー',
  // https://docs.aws.amazon.com/ja_jp/accounts/latest/reference/manage-acct-update-root-user-password.html (as packs/locales/ja.yaml)
  Account: 'アカウント',
  'Billing and Cost Management': '請求とコスト管理',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html (as packs/locales/ja.yaml)
  'Security credentials': 'セキュリティ認証情報',
  Settings: '設定',
  'Add session': 'セッションを追加',
  'Sign out of current session': '現在のセッションからサインアウト',
  'Sign out of all sessions': 'すべてのセッションからサインアウト',
  'Sign out': 'サインアウト',
  // Cloudscape catalogue all.ja.json, wizard.i18nStrings.cancelButton (as packs/locales/ja.yaml)
  Cancel: 'キャンセル',
  // Cloudscape catalogue all.ja.json, wizard.i18nStrings.nextButton (as packs/locales/ja.yaml)
  Next: '次へ',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  Edit: '編集',
  Delete: '削除',
  Create: '作成',
  Remove: '削除',
  // https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/billing-pref.html (as packs/locales/ja.yaml)
  Update: '更新',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  'Save changes': '変更の保存',
  // Cloudscape catalogue all.ja.json, modal.closeAriaLabel (as packs/locales/ja.yaml)
  'Close modal': 'モーダルを閉じる',
  Yes: 'はい',
  No: 'いいえ',
  Name: '名前',
  Status: 'ステータス',
  Created: '作成日時',
  Active: 'アクティブ',
  // Cloudscape catalogue all.ja.json, wizard.i18nStrings.optional (as packs/locales/ja.yaml)
  optional: 'オプション',

  // IAM navigation and dashboard. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_users_create.html
  // (verified: 「ユーザー」, 「ユーザーグループ」 terms); the rest no AWS source found
  'Identity and Access Management (IAM)': 'Identity and Access Management (IAM)',
  'Identity and Access Management (IAM Console)': 'Identity and Access Management (IAM コンソール)',
  Dashboard: 'ダッシュボード',
  'Access management': 'アクセス管理',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_groups_create.html (as packs/locales/ja.yaml)
  'User groups': 'ユーザーグループ',
  // https://docs.aws.amazon.com/ja_jp/filegateway/latest/files3/setting-up-create-iam-user.html (as packs/locales/ja.yaml)
  Users: 'ユーザー',
  Roles: 'ロール',
  Policies: 'ポリシー',
  'Identity providers': 'ID プロバイダー',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  'Account settings': 'アカウント設定',
  'Root access management': 'ルートアクセス管理',
  'Access reports': 'アクセスレポート',
  'Credential report': '認証情報レポート',
  'IAM Dashboard': 'IAM ダッシュボード',
  'Security recommendations': 'セキュリティに関する推奨事項',
  'Root user has MFA': 'ルートユーザーには MFA があります',
  'Add MFA for root user': 'ルートユーザーの MFA を追加する',
  'Having multi-factor authentication (MFA) for the root user improves security for this account.':
    'ルートユーザーに多要素認証 (MFA) を設定すると、このアカウントのセキュリティが向上します。', // no AWS source found
  'Add MFA for root user - Enable multi-factor authentication (MFA) for the root user to improve security for this account.':
    'ルートユーザーの MFA を追加する - ルートユーザーの多要素認証 (MFA) を有効にして、このアカウントのセキュリティを向上させます。', // no AWS source found
  'Add MFA': 'MFA を追加',
  'You have MFA': 'MFA が設定されています',
  'Add MFA for yourself': '自分の MFA を追加する',
  'Enable multi-factor authentication (MFA) for your user to improve security for this account.':
    'ユーザーの多要素認証 (MFA) を有効にして、このアカウントのセキュリティを向上させます。', // no AWS source found
  'Root user has no active access keys': 'ルートユーザーにはアクティブなアクセスキーがありません',
  'Deactivate or delete access keys for root user': 'ルートユーザーのアクセスキーを無効化または削除する',
  'Using access keys attached to an IAM user instead of the root user improves security.':
    'ルートユーザーではなく IAM ユーザーにアタッチされたアクセスキーを使用すると、セキュリティが向上します。', // no AWS source found
  'Resources in this AWS Account': 'この AWS アカウントのリソース',
  'IAM resources': 'IAM リソース',
  "What's new": '新機能',
  'Updates for features in IAM appear here. This practice console has none.': 'IAM の機能の更新情報がここに表示されます。この練習用コンソールにはありません。', // no AWS source found
  'AWS Account': 'AWS アカウント',
  'Account ID': 'アカウント ID',
  'Copy Account ID': 'アカウント ID をコピー',
  'Account ID copied': 'アカウント ID をコピーしました',
  'Account ID failed to copy': 'アカウント ID をコピーできませんでした',
  'Account Alias': 'アカウントエイリアス',
  'Sign-in URL for IAM users in this account': 'このアカウントの IAM ユーザーのサインイン URL',
  'Copy sign-in URL': 'サインイン URL をコピー',
  'Sign-in URL copied': 'サインイン URL をコピーしました',
  'Sign-in URL failed to copy': 'サインイン URL をコピーできませんでした',
  'Quick Links': 'クイックリンク',
  'My security credentials': '自分のセキュリティ認証情報',
  'Manage your access keys, multi-factor authentication (MFA) and other credentials.': 'アクセスキー、多要素認証 (MFA)、その他の認証情報を管理します。', // no AWS source found

  // Account alias. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/console_account-alias.html — no AWS source found (excerpt not reached)
  'Alias deleted for this account.': 'このアカウントのエイリアスを削除しました。',
  'Delete alias?': 'エイリアスを削除しますか?',
  'The sign-in URL for IAM users goes back to using the account ID. Bookmarks with the alias stop working.':
    'IAM ユーザーのサインイン URL は、アカウント ID を使用する形式に戻ります。エイリアスを含むブックマークは機能しなくなります。',
  'Edit alias for AWS account': 'AWS アカウントのエイリアスを編集',
  'Create alias for AWS account': 'AWS アカウントのエイリアスを作成',
  'Create alias': 'エイリアスを作成',
  'Preferred alias': '希望するエイリアス',
  'The alias must be unique across all Amazon Web Services products. It must contain only digits, lowercase letters, and hyphens.':
    'エイリアスはすべての Amazon Web Services 製品で一意である必要があります。数字、小文字、ハイフンのみを使用できます。',
  'New sign-in URL': '新しいサインイン URL',

  // Security credentials, MFA devices, access keys.
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
  // (verified: [セキュリティ認証情報]; 「MFA デバイスの割り当て」. "Authenticator app" is 「認証アプリ」 as packs/locales/ja.yaml reads
  // enable-virt-mfa-for-root.html; the first pass had 「認証アプリケーション」 from a reference note not in this repository)
  'Hardware TOTP': 'ハードウェア TOTP',
  'Passkey or security key': 'パスキーまたはセキュリティキー',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html (as packs/locales/ja.yaml)
  'Assign MFA device': 'MFA デバイスの割り当て',
  'MFA devices': 'MFA デバイス',
  'Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device. Each user can have a maximum of 8 MFA devices assigned.':
    'MFA を使用して AWS 環境のセキュリティを強化します。MFA を使用したサインインには、MFA デバイスからの認証コードが必要です。各ユーザーには最大 8 台の MFA デバイスを割り当てることができます。', // no AWS source found
  Resync: '再同期',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html (as packs/locales/ja.yaml)
  'Multi-factor authentication (MFA)': '多要素認証 (MFA)',
  'Device type': 'デバイスタイプ',
  'Not applicable': '該当なし',
  'Created on': '作成日',
  'No MFA devices. Assign an MFA device to improve the security of your AWS environment':
    'MFA デバイスがありません。AWS 環境のセキュリティを向上させるために MFA デバイスを割り当ててください', // no AWS source found
  'The MFA device is removed and can no longer be used to sign in.': 'MFA デバイスは削除され、サインインに使用できなくなります。', // no AWS source found
  'Authenticate using your fingerprint, face, or screen lock. Create a passkey on this device or on another device, such as a FIDO security key.':
    '指紋、顔、または画面ロックを使用して認証します。このデバイスまたは FIDO セキュリティキーなどの別のデバイスでパスキーを作成します。', // no AWS source found
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html (as packs/locales/ja.yaml)
  'Authenticator app': '認証アプリ',
  'Authenticate using a code generated by an app installed on your mobile device or computer.':
    'モバイルデバイスまたはコンピュータにインストールされたアプリケーションで生成されたコードを使用して認証します。', // no AWS source found
  'Hardware TOTP token': 'ハードウェア TOTP トークン',
  'Authenticate using a code generated by hardware TOTP token or other hardware devices.':
    'ハードウェア TOTP トークンまたはその他のハードウェアデバイスで生成されたコードを使用して認証します。', // no AWS source found
  'Enter a device name.': 'デバイス名を入力してください。',
  "Maximum 128 characters. Use alphanumeric and '+ = , . @ - _' characters.": "最大 128 文字。英数字と '+ = , . @ - _' を使用してください。",
  'Choose an MFA device.': 'MFA デバイスを選択してください。',
  'Enter a 6-digit code.': '6 桁のコードを入力してください。',
  'Enter the serial number.': 'シリアル番号を入力してください。',
  'Passkey MFA device assigned': 'パスキー MFA デバイスが割り当てられました',
  'MFA device assigned': 'MFA デバイスが割り当てられました',
  'You can register up to 8 MFA devices of any combination of the currently supported MFA types with your AWS account root and IAM user. With multiple MFA devices, you only need one MFA device to sign in to the AWS console or create a session through the AWS CLI with that user.':
    'MFA タイプを任意に組み合わせた最大 8 台の MFA デバイスを AWS アカウントのルートユーザーおよび IAM ユーザーと共に登録できます。AWS Management Consoleにログインしたり、AWS CLI を使用してセッションを確立したりするには、MFA デバイスが 1 台あれば十分です。', // verified wording: id_credentials_mfa_enable_virtual.html (ja_jp) introduction
  'Select MFA device': 'MFA デバイスを選択',
  'Select the type of multi-factor authentication (MFA) device that you want to use.': '使用する多要素認証 (MFA) デバイスのタイプを選択します。', // no AWS source found
  'MFA device name': 'MFA デバイス名',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html (as packs/locales/ja.yaml)
  'Device name': 'デバイス名',
  'Enter a meaningful name to identify this device.': 'このデバイスを識別するためのわかりやすい名前を入力します。', // no AWS source found
  'MFA device': 'MFA デバイス',
  'Set up device': 'デバイスの設定',
  'The MFA device was not assigned': 'MFA デバイスは割り当てられませんでした',
  'MFA code 1': 'MFA コード 1',
  'Enter a code displayed on your device.': 'デバイスに表示されたコードを入力します。',
  'MFA code 2': 'MFA コード 2',
  'Wait 30 seconds, and enter a second code entry.': '30 秒待ってから、2 つ目のコードを入力します。',
  Choose: '',
  ", then follow your browser's prompt to create a passkey on this device or to use a security key. The practice console simulates the browser prompt and registers the device at once.":
    ' を選択し、ブラウザのプロンプトに従ってこのデバイスでパスキーを作成するか、セキュリティキーを使用します。練習用コンソールはブラウザのプロンプトを模擬し、すぐにデバイスを登録します。', // no AWS source found
  'Serial number': 'シリアル番号',
  'Find the serial number on the back of the device.': 'シリアル番号はデバイスの裏面に記載されています。', // no AWS source found
  'Install a compatible application such as Google Authenticator, Duo Mobile, or Authy app on your mobile device or computer.':
    'Google Authenticator、Duo Mobile、Authy アプリなどの互換性のあるアプリケーションをモバイルデバイスまたはコンピュータにインストールします。', // no AWS source found
  'Open your authenticator app, choose Show QR code on this page, then use the app to scan the code. Alternatively, you can type the secret key.':
    '認証アプリケーションを開き、このページで [QR コードを表示] を選択してから、アプリケーションでコードをスキャンします。または、シークレットキーを入力することもできます。', // no AWS source found
  'Show QR code': 'QR コードを表示',
  or: 'または',
  'Show secret key': 'シークレットキーを表示',
  'Type two consecutive MFA codes below': '以下に連続する 2 つの MFA コードを入力します',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/access-key-self-managed.html (as packs/locales/ja.yaml)
  'Access keys': 'アクセスキー',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/access-key-self-managed.html (as packs/locales/ja.yaml)
  'Create access key': 'アクセスキーを作成',
  'Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.':
    'アクセスキーを使用して、AWS CLI、AWS Tools for PowerShell、AWS SDK、または AWS API の直接呼び出しから AWS にプログラムによる呼び出しを送信します。一度に最大 2 つのアクセスキー (アクティブまたは非アクティブ) を持つことができます。', // no AWS source found
  'Access key ID': 'アクセスキー ID',
  'No access keys. As a best practice, avoid using long-term credentials like access keys. Instead, use tools which provide short term credentials.':
    'アクセスキーがありません。ベストプラクティスとして、アクセスキーのような長期的な認証情報の使用は避け、短期的な認証情報を提供するツールを使用してください。', // no AWS source found
  'AWS IAM credentials': 'AWS IAM 認証情報',
  'Update console password': 'コンソールパスワードを更新',
  'Console sign-in': 'コンソールサインイン',
  'Console sign-in link': 'コンソールサインインリンク',
  'AWS CodeCommit credentials': 'AWS CodeCommit 認証情報',
  'HTTPS Git credentials for AWS CodeCommit': 'AWS CodeCommit の HTTPS Git 認証情報',
  'No credentials.': '認証情報がありません。',
  'Amazon Keyspaces (for Apache Cassandra) credentials': 'Amazon Keyspaces (for Apache Cassandra) 認証情報',
  'Credentials for Amazon Keyspaces': 'Amazon Keyspaces の認証情報',
  'The root user has access to all AWS resources in this account, and we recommend following best practices. To learn more about the types of AWS credentials and how they\'re used, see AWS Security Credentials in AWS General Reference.':
    'ルートユーザーはこのアカウントのすべての AWS リソースにアクセスできるため、ベストプラクティスに従うことをお勧めします。AWS 認証情報の種類と使用方法の詳細については、AWS 全般のリファレンスの「AWS セキュリティ認証情報」を参照してください。', // no AWS source found
  'My security credentials (root user)': '自分のセキュリティ認証情報 (ルートユーザー)',
  'Account details': 'アカウントの詳細',
  'Account name': 'アカウント名',
  'Practice account': '練習用アカウント',
  'Email address': 'E メールアドレス',
  'AWS account ID': 'AWS アカウント ID',
  'Canonical user ID': '正規ユーザー ID',
  'As a best practice, avoid using long-term credentials like access keys. Root user access keys provide unrestricted access to your entire AWS account, including billing information.':
    'ベストプラクティスとして、アクセスキーのような長期的な認証情報の使用は避けてください。ルートユーザーのアクセスキーは、請求情報を含む AWS アカウント全体への無制限のアクセスを提供します。', // no AWS source found
  'CloudFront key pairs': 'CloudFront キーペア',
  'No CloudFront key pairs.': 'CloudFront キーペアがありません。',
  'X.509 certificate': 'X.509 証明書',
  'No X.509 certificates.': 'X.509 証明書がありません。',

  // Account settings and password policy.
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
  // (page title verified: 「IAM ユーザー用のアカウントパスワードポリシーを設定する」); option labels: no AWS source found
  'US East (N. Virginia)': '米国東部 (バージニア北部)',
  'US East (Ohio)': '米国東部 (オハイオ)',
  'Europe (Ireland)': '欧州 (アイルランド)',
  'Asia Pacific (Tokyo)': 'アジアパシフィック (東京)',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  'Password policy': 'パスワードポリシー',
  'This AWS account uses the following custom password policy:': 'この AWS アカウントは次のカスタムパスワードポリシーを使用しています:',
  'This AWS account uses the following default password policy:': 'この AWS アカウントは次のデフォルトのパスワードポリシーを使用しています:',
  'Regional endpoints for the AWS Security Token Service in this account.': 'このアカウントの AWS Security Token Service のリージョンエンドポイント。',
  'Security Token Service (STS)': 'Security Token Service (STS)',
  'Region name': 'リージョン名',
  'Enter a value between 6 and 128.': '6 から 128 の値を入力してください。',
  'Enter a value between 1 and 1095.': '1 から 1095 の値を入力してください。',
  'Enter a value between 1 and 24.': '1 から 24 の値を入力してください。',
  'Password policy updated.': 'パスワードポリシーを更新しました。',
  'Edit password policy': 'パスワードポリシーを編集',
  'IAM default': 'IAM のデフォルト',
  'Apply default password requirements.': 'デフォルトのパスワード要件を適用します。',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  Custom: 'カスタム',
  'Apply customized password requirements.': 'カスタマイズしたパスワード要件を適用します。',
  'Password minimum length': 'パスワードの最小文字数',
  'Enter a value between 6 and 128 characters.': '6 から 128 文字の値を入力してください。',
  'Password strength': 'パスワードの強度',
  'Other requirements': 'その他の要件',
  'Turn on password expiration': 'パスワードの有効期限をオンにする',
  'Expire passwords in day(s)': 'パスワードの有効期限 (日)',
  'Password expiration requires administrator reset': 'パスワードの有効期限切れには管理者のリセットが必要',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html (as packs/locales/ja.yaml)
  'Allow users to change their own password': 'ユーザーにパスワードの変更を許可',
  'Prevent password reuse': 'パスワードの再利用を禁止',
  'Remember password(s)': '記憶するパスワードの数',

  // Create user wizard. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_users_create.html
  // (page verified; step titles and labels: no AWS source found in the excerpts reached)
  // https://docs.aws.amazon.com/ja_jp/one-enterprise/latest/userguide/add-user.html (as packs/locales/ja.yaml)
  'Specify user details': 'ユーザーの詳細を指定',
  'Set permissions': '許可を設定',
  'Review and create': '確認して作成',
  'Retrieve password': 'パスワードを取得',
  'Create user': 'ユーザーの作成',
  'User details': 'ユーザーの詳細',
  // https://docs.aws.amazon.com/ja_jp/filegateway/latest/files3/setting-up-create-iam-user.html (as packs/locales/ja.yaml)
  'User name': 'ユーザー名',
  'The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)':
    'ユーザー名には最大 64 文字を使用できます。有効な文字: A-Z、a-z、0-9、および + = , . @ _ - (ハイフン)',
  "If you're providing console access to a person, it's a best practice to manage their access in IAM Identity Center.":
    'ユーザーにコンソールアクセスを提供する場合は、IAM Identity Center でアクセスを管理することがベストプラクティスです。', // no AWS source found
  'Provide user access to the AWS Management Console - optional': 'AWS マネジメントコンソールへのユーザーアクセスを提供する - オプション',
  'Are you providing console access to a person?': 'ユーザーにコンソールアクセスを提供していますか?',
  'Specify a user in Identity Center - Recommended': 'Identity Center でユーザーを指定する - 推奨',
  'We recommend that you use Identity Center to provide console access to a person.': 'ユーザーにコンソールアクセスを提供するには、Identity Center を使用することをお勧めします。', // no AWS source found
  'I want to create an IAM user': 'IAM ユーザーを作成します',
  'We recommend that you create IAM users only if you need to enable programmatic access through access keys, service-specific credentials for AWS CodeCommit or Amazon Keyspaces, or a backup credential for emergency account access.':
    'IAM ユーザーは、アクセスキー、AWS CodeCommit または Amazon Keyspaces のサービス固有の認証情報によるプログラムによるアクセス、または緊急時のアカウントアクセス用のバックアップ認証情報を有効にする必要がある場合にのみ作成することをお勧めします。', // no AWS source found
  'Console password': 'コンソールパスワード',
  'Autogenerated password': '自動生成されたパスワード',
  'You can view the password after you create the user.': 'ユーザーを作成した後にパスワードを表示できます。',
  'Custom password': 'カスタムパスワード', // verified: setting-up-create-iam-user.html (ja_jp) [Custom password] (カスタムパスワード)
  'Enter a custom password for the user.': 'ユーザーのカスタムパスワードを入力します。',
  'Show password': 'パスワードを表示',
  'Users automatically get the IAMUserChangePassword policy to allow them to change their own password.':
    'ユーザーには自動的に IAMUserChangePassword ポリシーが付与され、自分のパスワードを変更できるようになります。', // no AWS source found
  'Users must create a new password at next sign-in - Recommended': 'ユーザーは次回のサインイン時に新しいパスワードを作成する必要があります - 推奨',
  'If you are creating programmatic access through access keys or service-specific credentials for AWS CodeCommit or Amazon Keyspaces, you can generate them after you create this IAM user.':
    'アクセスキーまたは AWS CodeCommit や Amazon Keyspaces のサービス固有の認証情報によるプログラムによるアクセスを作成する場合は、この IAM ユーザーを作成した後に生成できます。', // no AWS source found
  "You can view and download the user's password below or email the user instructions for signing in to the AWS Management Console. This is the last time you can view this password, but you can create a new password at any time.":
    '以下でユーザーのパスワードを表示およびダウンロードするか、AWS マネジメントコンソールへのサインイン手順をユーザーに E メールで送信できます。このパスワードを表示できるのはこれが最後ですが、新しいパスワードはいつでも作成できます。', // no AWS source found
  'Console sign-in details': 'コンソールサインインの詳細',
  'Console sign-in URL': 'コンソールサインイン URL',
  '(the custom password you entered)': '(入力したカスタムパスワード)',
  'Email sign-in instructions': 'サインイン手順を E メールで送信',
  Password: 'パスワード',
  'Download .csv file': '.csv ファイルをダウンロード',
  'This opens your mail application with the sign-in URL and user name. The password is not included.':
    'サインイン URL とユーザー名を含むメールアプリケーションが開きます。パスワードは含まれません。',
  "Add user to an existing group or create a new one. Using groups is a best-practice way to manage user's permissions by job functions.":
    '既存のグループにユーザーを追加するか、新しいグループを作成します。グループを使用して職務ごとにユーザーのアクセス許可を管理することがベストプラクティスです。', // no AWS source found
  'Permissions options': '許可のオプション',
  'Add user to group': 'ユーザーをグループに追加',
  'Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.':
    '既存のグループにユーザーを追加するか、新しいグループを作成します。職務ごとにグループを使用してユーザーのアクセス許可を管理することをお勧めします。', // no AWS source found
  'Copy permissions': '許可のコピー',
  'Copy all group memberships, attached managed policies, and inline policies from an existing user.':
    '既存のユーザーから、すべてのグループメンバーシップ、アタッチされた管理ポリシー、およびインラインポリシーをコピーします。',
  // https://docs.aws.amazon.com/ja_jp/cli/latest/userguide/cli-authentication-user.html (as packs/locales/ja.yaml)
  'Attach policies directly': 'ポリシーを直接アタッチする',
  'Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead. Then, add the user to the appropriate group.':
    '管理ポリシーをユーザーに直接アタッチします。ベストプラクティスとして、代わりにポリシーをグループにアタッチし、そのグループにユーザーを追加することをお勧めします。', // no AWS source found
  'Select all groups': 'すべてのグループを選択',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_groups_create.html (as packs/locales/ja.yaml)
  'Create group': 'グループの作成',
  'Group name': 'グループ名',
  'Attached policies': 'アタッチされたポリシー',
  'No user groups. Create a group to add this user to it.': 'ユーザーグループがありません。このユーザーを追加するグループを作成してください。',
  Groups: 'グループ',
  'No users to copy permissions from.': '許可のコピー元のユーザーがありません。',
  'Permissions policies': '許可ポリシー',
  'Choose one or more policies to attach to your new user.': '新しいユーザーにアタッチするポリシーを 1 つ以上選択します。',
  'Permissions boundary - optional': '許可の境界 - オプション',
  'Use a permissions boundary to control the maximum permissions': '許可の境界を使用して最大のアクセス許可を制御する',
  'Console password type': 'コンソールパスワードのタイプ',
  'Require password reset': 'パスワードのリセットが必要',
  'Permissions summary': '許可の概要',
  'Used as': '使用目的',
  'Permissions policy': '許可ポリシー',
  'No permissions. The user can do nothing until you add it to a group or attach a policy.':
    '許可がありません。グループに追加するかポリシーをアタッチするまで、このユーザーは何もできません。',
  'Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources.':
    'タグは、リソースの識別、整理、検索に役立つように AWS リソースに追加できるキーと値のペアです。',
  'Tags - optional': 'タグ - オプション',
  Key: 'キー',
  'Value - optional': '値 - オプション',
  'No tags associated with the resource.': 'リソースに関連付けられたタグはありません。',
  'Add new tag': '新しいタグを追加',
  'AWS managed': 'AWS 管理',
  'User created successfully': 'ユーザーが正常に作成されました',
  "You can view and download the user's password and email instructions for signing in to the AWS Management Console.":
    'ユーザーのパスワードを表示およびダウンロードし、AWS マネジメントコンソールへのサインイン手順を E メールで送信できます。',
  'The user was not created': 'ユーザーは作成されませんでした',
  'Return to users list': 'ユーザーリストに戻る',

  // Billing preferences. https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/billing-pref.html — no AWS source found (excerpt not reached)
  'Enter a valid email address.': '有効な E メールアドレスを入力してください。',
  'Alert preferences updated.': 'アラート設定を更新しました。',
  'Get email alerts when your AWS service usage approaches or exceeds the AWS Free Tier usage limits.':
    'AWS のサービスの使用量が AWS 無料利用枠の使用制限に近づいたとき、または超えたときに E メールでアラートを受け取ります。',
  'Receive AWS Free Tier alerts': 'AWS 無料利用枠のアラートを受信する',
  'Additional email address to receive alerts': 'アラートを受信する追加の E メールアドレス',
  "Alerts go to the account's email address and to this address.": 'アラートはアカウントの E メールアドレスとこのアドレスに送信されます。',
  'Monitor your estimated charges with Amazon CloudWatch. Once enabled, this preference cannot be turned off. Billing metric data appears in CloudWatch after about 15 minutes, in US East (N. Virginia).':
    'Amazon CloudWatch で予想請求額をモニタリングします。一度有効にすると、この設定はオフにできません。請求メトリクスデータは約 15 分後に米国東部 (バージニア北部) の CloudWatch に表示されます。',
  'Receive CloudWatch billing alerts': 'CloudWatch 請求アラートを受信する',
  'Alert preferences': 'アラート設定',
  'Receive alerts about your charges and AWS Free Tier usage.': '料金と AWS 無料利用枠の使用量に関するアラートを受け取ります。',
  'Billing and Payments': '請求と支払い',
  'Preferences and Settings': '設定',
  // https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/billing-pref.html (as packs/locales/ja.yaml)
  'Billing preferences': '請求設定',
  'Billing and Cost Management home': '請求とコスト管理のホーム',
  "You don't have permission to access billing information for this account": 'このアカウントの請求情報にアクセスする許可がありません',
  'IAM users and roles can see billing information only after the root user activates IAM user and role access to Billing information on the Account page, and when they have an IAM policy that allows billing actions (for example AdministratorAccess or Billing). Ask the account owner or your administrator for access.':
    'IAM ユーザーとロールが請求情報を表示できるのは、ルートユーザーが [アカウント] ページで請求情報への IAM ユーザーおよびロールのアクセスを有効化し、かつ請求アクションを許可する IAM ポリシー (AdministratorAccess や Billing など) がある場合のみです。アカウント所有者または管理者にアクセスを依頼してください。',
  'Invoice delivery preferences': '請求書の配信設定',
  'Invoice delivery preferences updated.': '請求書の配信設定を更新しました。',
  'PDF invoices delivery by email': 'E メールによる PDF 請求書の配信',
  "Receive a PDF copy of your invoices by email to the account's billing contacts.": 'アカウントの請求連絡先に請求書の PDF コピーを E メールで送信します。',
  'Manage how you receive invoices and alerts about your AWS charges.': 'AWS の料金に関する請求書とアラートの受け取り方法を管理します。',

  // CloudWatch billing alarm. https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
  // no AWS source found (excerpt not reached); metric names (EstimatedCharges) stay as they are
  'In alarm': 'アラーム状態',
  'The metric or expression is outside of the defined threshold.': 'メトリクスまたは式が定義されたしきい値の範囲外です。',
  'The metric or expression is within the defined threshold.': 'メトリクスまたは式が定義されたしきい値の範囲内です。',
  'Insufficient data': 'データ不足',
  'The alarm has just started or not enough data is available.': 'アラームが開始されたばかりか、十分なデータがありません。',
  Notification: '通知',
  'No notification actions. The alarm changes state without telling anyone.': '通知アクションがありません。アラームは誰にも通知せずに状態を変更します。',
  'Add notification': '通知の追加',
  'Alarm state trigger': 'アラーム状態トリガー',
  'Define the alarm state that will trigger this action.': 'このアクションをトリガーするアラーム状態を定義します。',
  'Send a notification to the following SNS topic': '次の SNS トピックに通知を送信',
  'Define the SNS (Simple Notification Service) topic that will receive the notification.': '通知を受信する SNS (Simple Notification Service) トピックを定義します。',
  'Select an existing SNS topic': '既存の SNS トピックを選択',
  'Create new topic': '新しいトピックの作成',
  'Use topic ARN to notify other accounts': 'トピック ARN を使用して他のアカウントに通知',
  Billing: '請求',
  'Total Estimated Charge': '合計予想請求額',
  'Metric namespaces': 'メトリクスの名前空間',
  'AWS namespaces': 'AWS 名前空間',
  'Metrics (1)': 'メトリクス (1)',
  'Select all metrics': 'すべてのメトリクスを選択',
  'Metric selection': 'メトリクスの選択',
  'Metric name': 'メトリクス名',
  // https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/Create-alarm-on-metric-math-expression.html (as packs/locales/ja.yaml)
  Alarms: 'アラーム',
  'All alarms': 'すべてのアラーム',
  'Log groups': 'ロググループ',
  'Logs Insights': 'Logs Insights',
  'All metrics': 'すべてのメトリクス',
  // https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/Create-alarm-on-metric-math-expression.html (as packs/locales/ja.yaml)
  'Create alarm': 'アラームの作成',
  "You don't have permission to view CloudWatch": 'CloudWatch を表示する許可がありません',
  'Your IAM user has no policy that allows CloudWatch actions such as cloudwatch:DescribeAlarms. Ask an administrator to attach AdministratorAccess or ReadOnlyAccess.':
    'IAM ユーザーには、cloudwatch:DescribeAlarms などの CloudWatch アクションを許可するポリシーがありません。管理者に AdministratorAccess または ReadOnlyAccess のアタッチを依頼してください。',
  CloudWatch: 'CloudWatch',
  Conditions: '条件',
  'Threshold type': 'しきい値の種類',
  'Use a value as a threshold': '値をしきい値として使用',
  'Anomaly detection': '異常検出',
  'Use a band as a threshold': 'バンドをしきい値として使用',
  'Whenever EstimatedCharges is...': 'EstimatedCharges が次の時...',
  'Define the alarm condition.': 'アラーム条件を定義します。',
  'than...': '...',
  'Define the threshold value.': 'しきい値を定義します。',
  'Must be a number.': '数値である必要があります。',
  USD: 'USD',
  'Additional configuration': '追加設定',
  'Datapoints to alarm': 'アラームを実行するデータポイント',
  'Define the number of datapoints within the evaluation period that must be breaching to cause the alarm to go to ALARM state.':
    'アラームを ALARM 状態にするために、評価期間内でしきい値を超える必要があるデータポイントの数を定義します。',
  '1 out of 1': '1/1',
  'Missing data treatment': '欠落データの処理',
  'How to treat missing data when evaluating the alarm.': 'アラームを評価するときに欠落データをどのように扱うか。',
  'Treat missing data as missing': '欠落データを見つかりませんとして処理',
  'Specify metric and conditions': 'メトリクスと条件の指定',
  'Configure actions': 'アクションの設定',
  'Add name and description': '名前と説明を追加',
  'Preview and create': 'プレビューと作成',
  'The alarm could not be created': 'アラームを作成できませんでした',
  'Metrics (0)': 'メトリクス (0)',
  'No billing metrics': '請求メトリクスがありません',
  'Billing metrics are available only in US East (N. Virginia) after you turn on billing alerts in Billing preferences.':
    '請求メトリクスは、請求設定で請求アラートをオンにした後、米国東部 (バージニア北部) でのみ利用できます。',
  // https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/Create-alarm-on-metric-math-expression.html (as packs/locales/ja.yaml)
  'Select metric': 'メトリクスの選択',
  'EstimatedCharges (USD): no data points yet.': 'EstimatedCharges (USD): まだデータポイントがありません。',
  'Your CloudWatch graph is empty. Select some metrics to appear here.': 'CloudWatch グラフは空です。ここに表示するメトリクスを選択してください。',
  'Multi source query': 'マルチソースクエリ',
  'Metric queries are not simulated in the practice console. Use Browse.': 'メトリクスクエリは練習用コンソールでは模擬されていません。[参照] を使用してください。',
  Metric: 'メトリクス',
  'Graph: this alarm triggers when the line of EstimatedCharges crosses the threshold. No data points yet.':
    'グラフ: このアラームは EstimatedCharges の線がしきい値を超えるとトリガーされます。まだデータポイントがありません。',
  Namespace: '名前空間',
  Currency: '通貨',
  Statistic: '統計',
  Period: '期間',
  '6 hours': '6 時間',
  Graph: 'グラフ',
  'Preview of the metric or metric expression and the alarm threshold.': 'メトリクスまたはメトリクス式とアラームしきい値のプレビュー。',
  'Name and description': '名前と説明',
  'Alarm name': 'アラーム名',
  'Alarm description -': 'アラームの説明 -',
  'Up to 1024 characters.': '最大 1024 文字。',
  'SNS topic': 'SNS トピック',
  'Email endpoints': 'E メールエンドポイント',
  'No actions': 'アクションなし',
  'Alarm description': 'アラームの説明',
  'Send a notification to...': '通知の送信先...',
  'Select an SNS topic': 'SNS トピックを選択',
  'No SNS topics': 'SNS トピックがありません',
  'No SNS topics in this Region. Create a new topic.': 'このリージョンには SNS トピックがありません。新しいトピックを作成してください。',
  'Topic ARN': 'トピック ARN',
  'The ARN of an SNS topic, possibly in another account.': 'SNS トピックの ARN (別のアカウントのものでも可)。',
  'Create a new topic…': '新しいトピックの作成…',
  'The topic name must be unique.': 'トピック名は一意である必要があります。',
  'Email endpoints that will receive the notification…': '通知を受信する E メールエンドポイント…',
  'Add a comma-separated list of email addresses. Each address will be added as a subscription to the topic above.':
    'カンマ区切りの E メールアドレスのリストを追加します。各アドレスは上記のトピックのサブスクリプションとして追加されます。',
  'Create topic': 'トピックの作成',

  // Sign-in. https://docs.aws.amazon.com/ja_jp/signin/latest/userguide/how-to-sign-in.html — no AWS source found (excerpt not reached)
  // https://docs.aws.amazon.com/ja_jp/signin/latest/userguide/introduction-to-root-user-sign-in-tutorial.html (as packs/locales/ja.yaml)
  'Root user': 'ルートユーザー',
  'Account owner that performs tasks requiring unrestricted access.': '無制限のアクセス権限を必要とするタスクを実行するアカウント所有者。',
  'IAM user': 'IAM ユーザー',
  'User within an account that performs daily tasks.': '日常的なタスクを実行するアカウント内のユーザー。',
  'Enter your root user email address.': 'ルートユーザーの E メールアドレスを入力してください。',
  'The account ID or alias you entered is not valid.': '入力したアカウント ID またはエイリアスは有効ではありません。',
  'Sign in': 'サインイン',
  'User type': 'ユーザータイプ',
  'Account ID (12 digits) or account alias': 'アカウント ID (12 桁) またはアカウントエイリアス',
  'Amazon Web Services': 'Amazon Web Services',
  'Terms of Use | Privacy Policy | © 2025, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS.)':
    '利用規約 | プライバシーポリシー | © 2025, Amazon Web Services, Inc. or its affiliates. (練習用コンソール: AWS ではありません。)',

  // ---- Second pass: the pages that were still English ----

  // Users list, user details and its tabs. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_users_create.html
  // (terms 「ユーザー」「ユーザー名」「アクセス許可」); labels: no AWS source found
  Info: '情報',
  'An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.':
    'IAM ユーザーは、アカウントで AWS を操作するために使用される長期的な認証情報を持つアイデンティティです。',
  'Search users': 'ユーザーを検索',
  Path: 'パス',
  'Last activity': '最後のアクティビティ',
  MFA: 'MFA',
  Virtual: '仮想',
  'Password age': 'パスワードの有効期間',
  'Console last sign-in': 'コンソールの最終サインイン',
  None: 'なし',
  Never: 'なし',
  'No resources to display': '表示するリソースがありません',
  'User {name} not found': 'ユーザー {name} が見つかりません',
  'The user does not exist in this account.': 'このユーザーはこのアカウントに存在しません。',
  'Go to Users': 'ユーザーに移動',
  Permissions: '許可',
  Tags: 'タグ',
  'Last Accessed': '最終アクセス',
  Summary: '概要',
  'Console access': 'コンソールアクセス',
  'Access key 1': 'アクセスキー 1',
  Inactive: '非アクティブ',
  'Last console sign-in': '最後のコンソールサインイン',
  Disabled: '無効',
  'Enabled with MFA': 'MFA で有効',
  'Enabled without MFA': 'MFA なしで有効',
  'Attached directly': '直接アタッチ済み',
  'Group {name}': 'グループ {name}',
  'Permissions are defined by policies attached to the user directly or through groups.':
    'アクセス許可は、ユーザーに直接、またはグループを通じてアタッチされたポリシーによって定義されます。',
  'Add permissions': '許可を追加',
  'Attached via': 'アタッチ方法',
  'No policies attached.': 'アタッチされているポリシーはありません。',
  'User groups membership': 'ユーザーグループメンバーシップ',
  'This user is not a member of any group.': 'このユーザーはどのグループのメンバーでもありません。',
  'Allowed services': '許可されたサービス',
  Service: 'サービス',
  'No services accessed in the tracking period.': '追跡期間中にアクセスされたサービスはありません。',
  'Manage console access': 'コンソールアクセスを管理',
  'Enable console access': 'コンソールアクセスを有効にする',
  Set: '設定済み',
  'Not enabled': '有効になっていません',
  'Delete user': 'ユーザーを削除',
  'Delete {name} permanently? This will also delete all its user data, security credentials and inline policies.':
    '{name} を完全に削除しますか? すべてのユーザーデータ、セキュリティ認証情報、インラインポリシーも削除されます。',
  'User {name} deleted.': 'ユーザー {name} を削除しました。',

  // Delete / remove confirmation. no AWS source found
  'Delete {name}?': '{name} を削除しますか?',
  'Remove {name}?': '{name} を削除しますか?',
  'To confirm deletion, enter the user name in the text input field.': '削除を確認するには、テキスト入力フィールドにユーザー名を入力します。',
  'Confirm name': '名前を確認',

  // Create access key wizard.
  // https://docs.aws.amazon.com/ja_jp/sdk-for-javascript/v2/developer-guide/getting-your-credentials.html
  // (verified: 「シークレットアクセスキー」, and the sentence the console shows once the key is created)
  'Secret access key': 'シークレットアクセスキー',
  'This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.':
    'シークレットアクセスキーを表示またはダウンロードできるのは、このキーを作成するときのみです。アクセスキーを後で復元することはできません。ただし、新しいアクセスキーはいつでも作成できます。',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_credentials_access-keys.html (terms); the rest no AWS source found
  'Access key best practices & alternatives': 'アクセスキーのベストプラクティスと代替案',
  'Avoid using long-term credentials like access keys to improve your security. Consider the following use cases and alternatives.':
    'セキュリティを向上させるために、アクセスキーなどの長期的な認証情報は使用しないでください。次のユースケースと代替案を検討してください。',
  'Use case': 'ユースケース',
  'Command Line Interface (CLI)': 'コマンドラインインターフェイス (CLI)',
  'You plan to use this access key to enable the AWS CLI to access your AWS account.':
    'このアクセスキーを使用して、AWS CLI が AWS アカウントにアクセスできるようにする予定です。',
  'Use AWS CloudShell, a browser-based CLI, to run commands, or use the AWS CLI V2 with authentication through a user in IAM Identity Center.':
    'ブラウザベースの CLI である AWS CloudShell を使用してコマンドを実行するか、IAM Identity Center のユーザーによる認証で AWS CLI V2 を使用します。',
  'Local code': 'ローカルコード',
  'You plan to use this access key to enable application code in a local development environment to access your AWS account.':
    'このアクセスキーを使用して、ローカル開発環境のアプリケーションコードが AWS アカウントにアクセスできるようにする予定です。',
  'Use an integrated development environment (IDE) that supports IAM Identity Center authentication, such as the AWS Toolkit for IDEs.':
    'AWS Toolkit for IDEs など、IAM Identity Center 認証をサポートする統合開発環境 (IDE) を使用します。',
  'Application running on an AWS compute service': 'AWS コンピューティングサービスで実行されるアプリケーション',
  'You plan to use this access key to enable application code running on an AWS compute service like Amazon EC2, Amazon ECS, or AWS Lambda to access your AWS account.':
    'このアクセスキーを使用して、Amazon EC2、Amazon ECS、AWS Lambda などの AWS コンピューティングサービスで実行されるアプリケーションコードが AWS アカウントにアクセスできるようにする予定です。',
  'Assign an IAM role to the compute resource, such as an EC2 instance or Lambda function, so that it automatically gets temporary credentials.':
    'EC2 インスタンスや Lambda 関数などのコンピューティングリソースに IAM ロールを割り当てて、一時的な認証情報を自動的に取得できるようにします。',
  'Third-party service': 'サードパーティーサービス',
  'You plan to use this access key to enable access for a third-party application or service that monitors or manages your AWS resources.':
    'このアクセスキーを使用して、AWS リソースをモニタリングまたは管理するサードパーティーのアプリケーションやサービスにアクセスを許可する予定です。',
  'Use temporary security credentials (IAM roles) instead of creating long-term credentials like access keys.':
    'アクセスキーなどの長期的な認証情報を作成する代わりに、一時的なセキュリティ認証情報 (IAM ロール) を使用します。',
  'Application running outside AWS': 'AWS の外部で実行されるアプリケーション',
  'You plan to use this access key to authenticate workloads running in your data center or other infrastructure outside of AWS that needs to access your AWS resources.':
    'このアクセスキーを使用して、AWS リソースにアクセスする必要がある、データセンターや AWS 外部のその他のインフラストラクチャで実行されるワークロードを認証する予定です。',
  Other: 'その他',
  'Your use case is not listed here.': 'ユースケースがここに記載されていません。',
  'Alternatives recommended': '推奨される代替案',
  Confirmation: '確認',
  'I understand the above recommendation and want to proceed to create an access key.':
    '上記のレコメンデーションを理解し、アクセスキーの作成に進みます。',
  'Choose a use case.': 'ユースケースを選択してください。',
  'Confirm that you understand the recommendation.': 'レコメンデーションを理解したことを確認してください。',
  'Set description tag': '説明タグを設定',
  'Description tag value': '説明タグ値',
  'The description for this access key will be attached to this user as a tag and shown alongside the access key.':
    'このアクセスキーの説明は、タグとしてこのユーザーにアタッチされ、アクセスキーと一緒に表示されます。',
  'Maximum 256 characters.': '最大 256 文字。',
  'The description can have up to 256 characters.': '説明は最大 256 文字です。',
  'The access key was not created': 'アクセスキーは作成されませんでした',
  'The access key was not returned.': 'アクセスキーが返されませんでした。',
  'Access key created': 'アクセスキーを作成しました',
  'Retrieve access keys': 'アクセスキーを取得',
  Done: '完了',
  'Access key': 'アクセスキー',
  'If you lose or forget your secret access key, you cannot retrieve it. Instead, create a new access key and make the old key inactive.':
    'シークレットアクセスキーを紛失したり忘れたりした場合、取得することはできません。代わりに、新しいアクセスキーを作成し、古いキーを非アクティブにしてください。',
  Show: '表示',
  Hide: '非表示',
  'Access key best practices': 'アクセスキーのベストプラクティス',
  'Never store your access key in plain text, in a code repository, or in code.':
    'アクセスキーをプレーンテキスト、コードリポジトリ、またはコードに保存しないでください。',
  'Disable or delete access key when no longer needed.': '不要になったアクセスキーは無効にするか削除してください。',
  'Enable least-privilege permissions.': '最小特権のアクセス許可を有効にしてください。',
  'Rotate access keys regularly.': 'アクセスキーを定期的にローテーションしてください。',

  // User groups. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_groups_create.html
  // (verified by packs/locales/ja.yaml: 「グループの作成」「ユーザーグループ名」); the rest no AWS source found
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/id_groups_create.html (as packs/locales/ja.yaml)
  'User group name': 'ユーザーグループ名',
  'Create user group': 'ユーザーグループを作成',
  'A user group is a collection of IAM users. Use groups to specify permissions for a collection of users.':
    'ユーザーグループは IAM ユーザーの集合です。グループを使用して、ユーザーの集合に対するアクセス許可を指定します。',
  'Search user groups': 'ユーザーグループを検索',
  Defined: '定義済み',
  'Not defined': '未定義',
  'Creation time': '作成時刻',
  'Delete {name} permanently? Its users lose the permissions the group gives them.':
    '{name} を完全に削除しますか? ユーザーは、グループによって付与されているアクセス許可を失います。',
  '{name} user group deleted.': 'ユーザーグループ {name} を削除しました。',
  '{name} user group created.': 'ユーザーグループ {name} を作成しました。',
  'Enter a user group name.': 'ユーザーグループ名を入力してください。',
  'Create a user group and select policies to attach to the group. We recommend that you use groups to manage user permissions by job function, AWS service access, or your custom permissions.':
    'ユーザーグループを作成し、グループにアタッチするポリシーを選択します。職務、AWS サービスへのアクセス、またはカスタムのアクセス許可ごとに、グループを使用してユーザーのアクセス許可を管理することをお勧めします。',
  'Name the group': 'グループに名前を付ける',
  'Enter a meaningful name to identify this group.': 'このグループを識別するためのわかりやすい名前を入力します。',
  "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.": "最大 128 文字。英数字と '+=,.@-_' の文字を使用します。",
  'Select all users': 'すべてのユーザーを選択',
  'An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS.':
    'IAM ユーザーは、AWS を操作するユーザーまたはアプリケーションを表すために AWS で作成するエンティティです。',
  'Add users to the group - Optional': 'グループにユーザーを追加 - オプション',
  'No users in this account.': 'このアカウントにはユーザーがいません。',
  'Attach permissions policies - Optional': '許可ポリシーをアタッチ - オプション',
  'You can attach up to 10 policies to this user group. All the users in this group will have permissions that are defined in the selected policies.':
    'このユーザーグループには最大 10 個のポリシーをアタッチできます。このグループのすべてのユーザーは、選択したポリシーで定義されているアクセス許可を持ちます。',
  'User group {name} not found': 'ユーザーグループ {name} が見つかりません',
  'The user group does not exist in this account.': 'このユーザーグループはこのアカウントに存在しません。',
  'Go to User groups': 'ユーザーグループに移動',
  'Users in this group': 'このグループのユーザー',
  'No users in this group.': 'このグループにはユーザーがいません。',
  'Access Advisor': 'アクセスアドバイザー',

  // Policies. https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/access_policies_managed-vs-inline.html (terms
  // 「AWS 管理ポリシー」「ジョブ機能」); labels: no AWS source found
  'AWS managed - job function': 'AWS 管理 - ジョブ機能',
  'All types': 'すべてのタイプ',
  'Policy selection': 'ポリシーの選択',
  'Select all policies': 'すべてのポリシーを選択',
  'Create policy': 'ポリシーの作成',
  'Search policies': 'ポリシーを検索',
  'Filter by Type': 'タイプでフィルタリング',
  'Policy name': 'ポリシー名',
  Type: 'タイプ',
  'Attached entities': 'アタッチされたエンティティ',
  'No policies match the filter.': 'フィルターに一致するポリシーはありません。',
  'A policy is an object in AWS that defines permissions.': 'ポリシーは、アクセス許可を定義する AWS のオブジェクトです。',
  'Filter by property or policy name and press enter': 'プロパティまたはポリシー名でフィルタリングし、Enter キーを押します',
  'Filter policies': 'ポリシーをフィルタリング',
  'Permissions policy ({count})': '許可ポリシー ({count})',
  Description: '説明',
  'Policy not found': 'ポリシーが見つかりません',
  'No policy has the ARN {arn}.': 'ARN {arn} のポリシーはありません。',
  'Go to Policies': 'ポリシーに移動',
  'IAM User': 'IAM ユーザー',
  'IAM Group': 'IAM グループ',
  'Policy details': 'ポリシーの詳細',
  'Policy view': 'ポリシーの表示',
  'Permissions defined in this policy': 'このポリシーで定義されている許可',
  'Entities attached': 'アタッチされたエンティティ',
  'Entity name': 'エンティティ名',
  'Entity type': 'エンティティタイプ',
  'No entities attached.': 'アタッチされているエンティティはありません。',
  'Policy versions': 'ポリシーのバージョン',
  'Version v1 (Default)': 'バージョン v1 (デフォルト)',

  // IAM pages not simulated. no AWS source found
  'An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations.':
    'IAM ロールは、短期間有効な認証情報を使用する、特定のアクセス許可を持つ作成可能なアイデンティティです。',
  'Create role': 'ロールを作成',
  'Use an identity provider (IdP) to manage your user identities outside of AWS.':
    'ID プロバイダー (IdP) を使用して、AWS の外部でユーザーアイデンティティを管理します。',
  'Add provider': 'プロバイダを追加',
  "Download a report that lists all your account's users and the status of their various credentials.":
    'アカウントのすべてのユーザーとそのさまざまな認証情報のステータスを一覧表示するレポートをダウンロードします。',
  'Download credentials report': '認証情報レポートをダウンロード',
  'Centrally manage root access for member accounts in AWS Organizations.':
    'AWS Organizations のメンバーアカウントのルートアクセスを一元管理します。',
  Enable: '有効にする',
  'Page not found': 'ページが見つかりません',
  'The practice console has no IAM page at #{path}.': '練習用コンソールには #{path} の IAM ページはありません。',
  'This page is not simulated by the practice console.': 'このページは練習用コンソールではシミュレートされていません。',

  // Billing: Account page and home. https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/control-access-billing.html
  // (terms 「請求情報」「アクティブ化」); labels: no AWS source found
  Email: 'E メール',
  'Contact information': '連絡先情報',
  'Full name': '氏名',
  Address: '住所',
  'Phone number': '電話番号',
  'Alternate contacts': '代替の連絡先',
  'Billing contact': '請求の連絡先',
  'Operations contact': 'オペレーションの連絡先',
  'Security contact': 'セキュリティの連絡先',
  'IAM user and role access to Billing information': '請求情報への IAM ユーザーおよびロールのアクセス',
  'IAM user and role access to Billing information updated.': '請求情報への IAM ユーザーおよびロールのアクセスを更新しました。',
  'Only the root user can change this setting.': 'この設定を変更できるのはルートユーザーのみです。',
  'You can give IAM users and federated users with roles permissions to access billing information. This includes access to Account settings, Payment methods, and Report pages. You control which users and roles can see billing information by creating IAM policies.':
    'IAM ユーザーと、ロールを持つフェデレーティッドユーザーに、請求情報へのアクセス許可を付与できます。これには、アカウント設定、支払い方法、レポートの各ページへのアクセスが含まれます。請求情報を表示できるユーザーとロールは、IAM ポリシーを作成して制御します。',
  'Activate IAM Access': 'IAM アクセスをアクティブ化',
  Activated: 'アクティブ化済み',
  Deactivated: '非アクティブ化済み',
  'Cost summary': 'コストの概要',
  'Month-to-date cost': '今月の累計コスト',
  "Last month's cost for same time period": '先月の同期間のコスト',
  'Total forecasted cost for current month': '今月の予測コストの合計',
  'Cost breakdown': 'コストの内訳',
  'No cost data for this account yet.': 'このアカウントにはまだコストデータがありません。',
  'Cost monitor': 'コストモニター',
  'Budgets status: no budgets': '予算のステータス: 予算なし',
  'Get notified about charges: turn on billing alerts in': '料金について通知を受け取るには:',
  ', then create a billing alarm in CloudWatch.': 'で請求アラートをオンにしてから、CloudWatch で請求アラームを作成します。',
  'The practice console simulates only the billing pages used to secure a new account.':
    '練習用コンソールは、新しいアカウントを保護するために使用する請求ページのみをシミュレートします。',
  '{path} is not one of them.': '{path} はその対象ではありません。',

  // CloudWatch alarms list and home. https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
  // (terms); labels: no AWS source found
  Refresh: '更新',
  Actions: 'アクション',
  'Filter alarms': 'アラームをフィルタリング',
  '1 match': '1 件一致',
  '{count} matches': '{count} 件一致',
  State: '状態',
  'Last state update': '最終状態更新',
  'Pending confirmation': '確認待ち',
  'Actions enabled': 'アクションが有効',
  'No alarms': 'アラームなし',
  'No alarms to display.': '表示するアラームはありません。',
  'Alarms summary': 'アラームの概要',
  'The practice console simulates only CloudWatch alarms.': '練習用コンソールは CloudWatch アラームのみをシミュレートします。',
  '{path} is not simulated.': '{path} はシミュレートされていません。',

  // Console Home, session chooser, pages not simulated. no AWS source found
  'Unified Settings': '統合設定',
  "The practice console does not simulate the console's settings.": '練習用コンソールはコンソールの設定をシミュレートしません。',
  'Recently visited': '最近アクセスしたサービス',
  'Welcome to AWS': 'AWS へようこそ',
  'Getting started with AWS: learn the fundamentals and find valuable information to get the most out of AWS.':
    'AWS の開始方法: 基礎を学び、AWS を最大限に活用するための有益な情報を見つけましょう。',
  'Training and certification: learn from AWS experts and advance your skills and knowledge.':
    'トレーニングと認定: AWS のエキスパートから学び、スキルと知識を高めましょう。',
  'AWS Health': 'AWS Health',
  'Open issues': '未解決の問題',
  'Scheduled changes': '予定されている変更',
  'Cost and usage': 'コストと使用状況',
  'Current month costs': '今月のコスト',
  'Choose a session | AWS Management Console': 'セッションを選択 | AWS マネジメントコンソール',
  'You are signed in to more than one session in this browser. Choose the session to open this page in.':
    'このブラウザでは複数のセッションにサインインしています。このページを開くセッションを選択してください。',
  'Choose a session': 'セッションを選択',
  'Billing: Account': '請求: アカウント',
  'CloudWatch: Alarms': 'CloudWatch: アラーム',
  'The practice console simulates the pages used to secure a new AWS account.':
    '練習用コンソールは、新しい AWS アカウントを保護するために使用するページをシミュレートします。',
  'This page is not part of the practice console': 'このページは練習用コンソールに含まれていません',

  // Notifications and relative times. no AWS source found (Cloudscape flashbar wording)
  'Dismiss message': 'メッセージを閉じる',
  Success: '成功',
  Error: 'エラー',
  Warning: '警告',
  Now: '現在',
  '1 minute ago': '1 分前',
  '{count} minutes ago': '{count} 分前',
  '1 hour ago': '1 時間前',
  '{count} hours ago': '{count} 時間前',
  '1 day ago': '1 日前',
  '{count} days ago': '{count} 日前',

  // Sign-in pages. https://docs.aws.amazon.com/ja_jp/signin/latest/userguide/introduction-to-root-user-sign-in-tutorial.html
  // (verified by packs/locales/ja.yaml: 「ルートユーザーの E メールアドレス」)
  // https://docs.aws.amazon.com/ja_jp/signin/latest/userguide/introduction-to-root-user-sign-in-tutorial.html (as packs/locales/ja.yaml)
  'Root user email address': 'ルートユーザーの E メールアドレス',
  // https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/access-key-self-managed.html (verified: [別のアカウントにサインイン])
  'Sign in to a different account': '別のアカウントにサインイン',
  // https://docs.aws.amazon.com/ja_jp/accounts/latest/reference/manage-acct-update-root-user-password.html (verified by packs/locales/ja.yaml: 「新しいパスワード」)
  'New password': '新しいパスワード',
  // the rest of the sign-in pages: no AWS source found
  'Access your AWS account by user type.': 'ユーザータイプ別に AWS アカウントにアクセスします。',
  'IAM user sign in': 'IAM ユーザーのサインイン',
  'Sign in as IAM user': 'IAM ユーザーとしてサインイン',
  'IAM username': 'IAM ユーザー名',
  'IAM user name': 'IAM ユーザー名',
  'Practice console: any password works; MFA accepts any 6-digit code.':
    '練習用コンソール: どのパスワードでもサインインでき、MFA は任意の 6 桁のコードを受け付けます。',
  'Amazon Web Services Sign-In': 'Amazon Web Services サインイン',
  'Root user sign in': 'ルートユーザーのサインイン',
  'Email:': 'E メール:',
  'Enter your password.': 'パスワードを入力してください。',
  'Forgot password?': 'パスワードをお忘れですか?',
  'Password recovery is not simulated. In the practice console any password works.':
    'パスワードの復旧はシミュレートされていません。練習用コンソールではどのパスワードでもサインインできます。',
  'Your authentication information is incorrect. Please try again.': '認証情報が正しくありません。もう一度お試しください。',
  'Remember this account': 'このアカウントを記憶する',
  'Sign in using root user email': 'ルートユーザーの E メールを使用してサインイン',
  'IAM users get a new password from their administrator. In the practice console any password works.':
    'IAM ユーザーは管理者から新しいパスワードを受け取ります。練習用コンソールではどのパスワードでもサインインできます。',
  'Multi-factor authentication': '多要素認証',
  "Your account is secured using multi-factor authentication (MFA). To finish signing in, use your passkey or security key when your browser asks. The practice console simulates the browser's prompt.":
    'アカウントは多要素認証 (MFA) で保護されています。サインインを完了するには、ブラウザから求められたときにパスキーまたはセキュリティキーを使用してください。練習用コンソールはブラウザのプロンプトをシミュレートします。',
  'Your account is secured using multi-factor authentication (MFA). To finish signing in, turn on or view your MFA device and type the authentication code below.':
    'アカウントは多要素認証 (MFA) で保護されています。サインインを完了するには、MFA デバイスをオンにするか表示して、以下に認証コードを入力してください。',
  'IAM user {name}': 'IAM ユーザー {name}',
  'MFA device: {name}': 'MFA デバイス: {name}',
  'Use passkey or security key': 'パスキーまたはセキュリティキーを使用',
  'MFA code': 'MFA コード',
  Submit: '送信',
  'Troubleshoot MFA': 'MFA のトラブルシューティング',
  'MFA recovery is not simulated. In the practice console any 6-digit code works.':
    'MFA の復旧はシミュレートされていません。練習用コンソールでは任意の 6 桁のコードが使えます。',
  'Change password': 'パスワードの変更',
  'You must change your password to continue.': '続行するにはパスワードを変更する必要があります。',
  'AWS account {account} · IAM user name {name}': 'AWS アカウント {account} · IAM ユーザー名 {name}',
  'Old password': '古いパスワード',
  'Retype new password': '新しいパスワードを再入力',
  'Confirm password change': 'パスワードの変更を確認',
  'Enter your old password.': '古いパスワードを入力してください。',
  'Your new password must be different from your old password.': '新しいパスワードは古いパスワードと異なる必要があります。',
  'The passwords that you entered do not match.': '入力したパスワードが一致しません。',
  'Your new password must be at least {count} characters long.': '新しいパスワードは {count} 文字以上である必要があります。',
  'Your new password must contain at least one uppercase letter (A-Z).': '新しいパスワードには大文字 (A-Z) を 1 文字以上含める必要があります。',
  'Your new password must contain at least one lowercase letter (a-z).': '新しいパスワードには小文字 (a-z) を 1 文字以上含める必要があります。',
  'Your new password must contain at least one number.': '新しいパスワードには数字を 1 文字以上含める必要があります。',
  'Your new password must contain at least one non-alphanumeric character.': '新しいパスワードには英数字以外の文字を 1 文字以上含める必要があります。',
  'Register a passkey for your root user': 'ルートユーザーのパスキーを登録',
  "AWS requires multi-factor authentication (MFA) for the root user. Register a passkey or security key now: your browser asks you to create it. The practice console simulates the browser's prompt.":
    'AWS ではルートユーザーに多要素認証 (MFA) が必要です。今すぐパスキーまたはセキュリティキーを登録してください。ブラウザから作成を求められます。練習用コンソールはブラウザのプロンプトをシミュレートします。',
  'Register passkey': 'パスキーを登録',
  'Skip for now': '今はスキップ',
  'You can put this off for up to 35 days. After that, you must register MFA to sign in as the root user.':
    'これは最大 35 日間延期できます。その後は、ルートユーザーとしてサインインするために MFA を登録する必要があります。',
  'You have been signed out': 'サインアウトしました',
  'Signing out…': 'サインアウトしています…',
  'Thank you for using Amazon Web Services. To sign in again, choose Log back in.':
    'Amazon Web Services をご利用いただきありがとうございます。再度サインインするには、[再度ログイン] を選択してください。',
  'Log back in': '再度ログイン',

  // Side navigation of Billing and CloudWatch, IAM access denied, remaining column headers. no AWS source found
  'Home': 'ホーム',
  'Bills': '請求書',
  'Payments': '支払い',
  'Dashboards': 'ダッシュボード',
  'Logs': 'ログ',
  'Metrics': 'メトリクス',
  'Access denied': 'アクセスが拒否されました',
  "You don't have permission to view this page": 'このページを表示するアクセス許可がありません',
  'Your IAM user has no policy that allows IAM actions. Ask an administrator to attach IAMFullAccess or AdministratorAccess.': 'IAM ユーザーには IAM アクションを許可するポリシーがありません。管理者に IAMFullAccess または AdministratorAccess をアタッチするよう依頼してください。',
  'Identifier': '識別子',
  'Certifications': '認定',
  'Group': 'グループ',
  'Endpoint': 'エンドポイント',
};
