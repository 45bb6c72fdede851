package jp.kenpokpi.app.directory;

import jp.kenpokpi.app.security.SignInRefusedException;
import jp.kenpokpi.app.security.SignedInUser;
import jp.kenpokpi.app.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The sign-in form's directory path. The rule (README, 「Directory sign-in」):
 * <ol>
 *   <li>a name held by a local account is not sent to the directory: this provider answers nothing and the local
 *       password decides (so an emergency local administrator signs in while the directory is down);
 *   <li>any other name is checked by binding to the directory as the user; a wrong name or password falls through
 *       to the local accounts, which refuse it as well (a directory account has no password here);
 *   <li>the directory's groups give the role and branch (DirectoryRoleMapping); none: refused with the reason;
 *   <li>the account is created or updated (DirectoryAccounts) and the user signs in as it, with the same
 *       SignedInUser as a local account, so BranchAccess and the change log work unchanged.
 * </ol>
 */
final class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryAuthenticationProvider.class);

    private final DirectoryClient directory;
    private final DirectoryRoleMapping roles;
    private final DirectoryAccounts accounts;

    DirectoryAuthenticationProvider(DirectoryClient directory, DirectoryRoleMapping roles, DirectoryAccounts accounts) {
        this.directory = directory;
        this.roles = roles;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        if (accounts.isLocal(typed)) return null;
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        DirectoryUser user;
        try {
            user = directory.signIn(typed, password);
        } catch (DirectoryClient.DirectoryUnavailableException e) {
            LOG.warn("The directory could not be asked to sign in {}: {}", typed, e.getMessage());
            throw new SignInRefusedException(
                    "ディレクトリサーバー（組織の認証サーバー）に接続できないため、ログインできません。" + "しばらくしてからもう一度お試しください。続く場合は本部のシステム管理者にお問い合わせください。");
        }
        DirectoryRoleMapping.Outcome outcome = roles.outcome(DirectoryAccounts.accountName(typed), user.groups());
        if (outcome instanceof DirectoryRoleMapping.Refused refused) {
            throw new SignInRefusedException(refused.reasonJa());
        }
        UserAccount account = accounts.signedIn(typed, user, (DirectoryRoleMapping.Granted) outcome);
        SignedInUser principal = new SignedInUser(account, "", true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
