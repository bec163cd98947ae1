import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthPage, type AuthPageProps } from '@/components/account/auth-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signInTitle') };
}

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage mode="sign-in" {...props} />;
}
