package id.pantauspbe.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void loginFormIsInIndonesian() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form))
                .contains("\"username\":\"Nama pengguna\"")
                .contains("\"password\":\"Kata sandi\"")
                .contains("\"submit\":\"Masuk\"");
        assertThat(form.isError()).isFalse();
        assertThat(_get(H1.class).getText()).isEqualTo("Pantau SPBE");
    }

    @Test
    void aFailedLoginSaysWhatWentWrong() {
        UI.getCurrent().navigate("login", new QueryParameters(Map.of("error", List.of(""))));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains("\"title\":\"Gagal masuk\"")
                .contains(
                        "Nama pengguna atau kata sandi salah, atau akun sedang dinonaktifkan. Setelah 5 kali gagal berturut-turut akun dikunci 15 menit");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void viewsNeedALogin() {
        UI.getCurrent().navigate("");
        assertThat(_get(LoginForm.class)).isNotNull();
    }
}
