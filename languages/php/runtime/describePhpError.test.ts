import { describe, expect, it } from 'vitest';
import { describePhpError, type PhpErrorData } from './describePhpError';

const options = { path: '/app/php.php', fileName: 'php.php', code: '<?php\n\n$x = (;\n' };

describe('describePhpError', () => {
  it('names the line of the reader code that called into the SDK, and keeps only its frames', () => {
    const error: PhpErrorData = {
      class: 'Sdk\\Exceptions\\OAuthProviderException',
      message: 'invalid_client: Client authentication failed',
      file: '/sdk/src/Authentication/TokenEndpoint.php',
      line: 80,
      trace: [
        {
          file: '/sdk/src/Authentication/OAuthManager.php',
          line: 40,
          call: 'Sdk\\Authentication\\TokenEndpoint->request',
        },
        {
          file: '/app/php.php',
          line: 12,
          call: 'Sdk\\Authentication\\ClientCredentialsAuthManager->fetchToken',
        },
        { file: null, line: null, call: 'require' },
      ],
      code: 'OAUTH_PROVIDER_ERROR',
      oauthError: 'invalid_client',
      status: 401,
    };
    const view = describePhpError(error, options);
    expect(view).toEqual({
      kind: 'error',
      error: {
        name: 'Sdk\\Exceptions\\OAuthProviderException',
        message: 'invalid_client: Client authentication failed',
        code: 'OAUTH_PROVIDER_ERROR',
        oauthError: 'invalid_client',
        status: 401,
        line: 12,
        text: [
          'PHP Fatal error:  Uncaught Sdk\\Exceptions\\OAuthProviderException: invalid_client: Client authentication failed in php.php:12',
          'Stack trace:',
          '#0 php.php(12): Sdk\\Authentication\\ClientCredentialsAuthManager->fetchToken()',
        ].join('\n'),
      },
    });
  });

  it('takes the line an exception was thrown at in the reader code itself', () => {
    const view = describePhpError(
      {
        class: 'RuntimeException',
        message: 'on purpose',
        file: '/app/php.php',
        line: 3,
        trace: [],
      },
      options,
    );
    expect(view.kind === 'error' && view.error.line).toBe(3);
    expect(view.kind === 'error' && view.error.text).toBe(
      'PHP Fatal error:  Uncaught RuntimeException: on purpose in php.php:3',
    );
  });

  it('reports a parse error in the reader file as a syntax error at its line, with that line', () => {
    expect(
      describePhpError(
        {
          class: 'ParseError',
          message: 'syntax error, unexpected token ";"',
          file: '/app/php.php',
          line: 3,
        },
        options,
      ),
    ).toEqual({
      kind: 'syntax-error',
      message: 'PHP Parse error: syntax error, unexpected token ";"',
      line: 3,
      column: 1,
      frame: '$x = (;',
    });
  });

  it('describes a fatal error that is no exception without calling it uncaught', () => {
    const view = describePhpError(
      {
        class: 'FatalError',
        message: 'Allowed memory size exhausted',
        file: '/app/php.php',
        line: 2,
        fatal: true,
      },
      options,
    );
    expect(view.kind === 'error' && view.error.text).toBe(
      'PHP Fatal error:  Allowed memory size exhausted in php.php:2',
    );
  });
});
