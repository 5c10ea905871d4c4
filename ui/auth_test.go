package ui

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"kefu"
)

func TestSignIn_PasswordOpensTheInboxAndPagesNeedASession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	anon := e.client()
	r := anon.get("/tickets/1")
	wantStatus(t, "a page without a session", r, http.StatusSeeOther)
	if r.location != "/login?next=%2Ftickets%2F1" {
		t.Errorf("redirect to %q, want the sign-in page with next", r.location)
	}
	c := e.client()
	c.passwordLogin("agent@example.com")
	r = c.get("/")
	wantStatus(t, "inbox", r, http.StatusOK)
	for _, want := range []string{"All open", "Unassigned", "Due soon", "Breached", "Suspected phishing"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("inbox lacks the view %q", want)
		}
	}
	for name, want := range map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'",
		"Cache-Control":           "no-store",
		"X-Content-Type-Options":  "nosniff",
	} {
		if got := r.header.Get(name); !strings.Contains(got, want) {
			t.Errorf("%s = %q, want it to contain %q", name, got, want)
		}
	}
}

func TestSignIn_SessionCookieIsHttpOnlyLaxAndSecureBehindTLS(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.get("/login")
	form := url.Values{"email": {"agent@example.com"}, "password": {testPassword}, "_csrf": {c.csrf}}
	req, _ := http.NewRequest("POST", e.ts.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	res, err := c.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	var session *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == sessionCookie {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || !session.Secure || session.SameSite != http.SameSiteLaxMode {
		t.Errorf("session cookie = %+v, want HttpOnly, Secure, SameSite=Lax", session)
	}
}

func TestSignIn_WrongPasswordsAreRefusedThenThrottled(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.srv.limiter = newLimiter(3, loginWindow) // as the real one, with fewer bcrypt rounds to wait for
	c := e.client()
	c.get("/login")
	for i := range 3 {
		r := c.post("/login", url.Values{"email": {"agent@example.com"}, "password": {"wrong password " + string(rune('a'+i))}})
		wantStatus(t, "wrong password", r, http.StatusUnauthorized)
		if !strings.Contains(r.body, "Wrong email or password") {
			t.Fatalf("no error message on a wrong password")
		}
	}
	r := c.post("/login", url.Values{"email": {"agent@example.com"}, "password": {testPassword}})
	wantStatus(t, "the right password after too many wrong ones", r, http.StatusTooManyRequests)
}

var secretOnPage = regexp.MustCompile(`id="totp-secret" class="secret">([A-Z2-7 ]+)<`)

// enrolTOTP turns on TOTP for the signed-in (or half-signed-in) client
// and returns the secret.
func enrolTOTP(t *testing.T, c *client, next string) string {
	t.Helper()
	r := c.get("/account/totp?next=" + url.QueryEscape(next))
	wantStatus(t, "enrolment page", r, http.StatusOK)
	m := secretOnPage.FindStringSubmatch(r.body)
	if m == nil || !strings.Contains(r.body, `src="data:image/png;base64,`) {
		t.Fatalf("enrolment page shows no secret or QR code: %.500s", r.body)
	}
	secret := strings.ReplaceAll(m[1], " ", "")
	if again := secretOnPage.FindStringSubmatch(c.get("/account/totp").body); again == nil || again[1] != m[1] {
		t.Error("reloading the enrolment page changed the secret")
	}
	code, _ := totp.GenerateCode(secret, time.Now().Add(-30*time.Second))
	r = c.post("/account/totp", url.Values{"code": {code}, "next": {next}})
	wantStatus(t, "enrol with a valid code", r, http.StatusSeeOther)
	return secret
}

func TestSignIn_TOTPIsAskedAfterThePasswordAndACodeWorksOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.mustLogin("agent@example.com")
	secret := enrolTOTP(t, c, "/")
	c.post("/logout", nil)

	c2 := e.client()
	r := c2.login("agent@example.com")
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.location, "/login/totp") {
		t.Fatalf("login with TOTP = %d → %q, want the code page", r.status, r.location)
	}
	if r := c2.get("/"); r.status != http.StatusSeeOther || r.location != "/login/totp" {
		t.Errorf("a half-signed-in session reached the inbox: %d → %q", r.status, r.location)
	}
	c2.get("/login/totp")
	wantStatus(t, "a wrong code", c2.post("/login/totp", url.Values{"code": {"000000"}}), http.StatusUnauthorized)
	code, _ := totp.GenerateCode(secret, time.Now())
	r = c2.post("/login/totp", url.Values{"code": {code}, "next": {"/"}})
	if r.status != http.StatusSeeOther || r.location != "/" {
		t.Fatalf("a right code = %d → %q", r.status, r.location)
	}
	wantStatus(t, "inbox after the code", c2.get("/"), http.StatusOK)

	// The same code, overheard, does not open a third session.
	c3 := e.client()
	c3.login("agent@example.com")
	c3.get("/login/totp")
	wantStatus(t, "a replayed code", c3.post("/login/totp", url.Values{"code": {code}}), http.StatusUnauthorized)
}

func TestRequireTOTP_SendsUsersWithoutItToEnrolment(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	admin := e.client()
	admin.mustLogin("admin@example.com")
	admin.get("/admin/security")
	wantStatus(t, "require TOTP without having it", admin.post("/admin/security", url.Values{"require_totp": {"1"}}), http.StatusUnprocessableEntity)
	enrolTOTP(t, admin, "/")
	admin.get("/admin/security")
	wantStatus(t, "require TOTP", admin.post("/admin/security", url.Values{"require_totp": {"1"}}), http.StatusSeeOther)

	agent := e.client()
	r := agent.login("agent@example.com")
	if !strings.HasPrefix(r.location, "/account/totp") {
		t.Fatalf("login under required TOTP → %q, want enrolment", r.location)
	}
	if r := agent.get("/"); r.location != "/login/totp" && r.location != "/account/totp" {
		t.Errorf("the inbox before enrolling → %d %q", r.status, r.location)
	}
	enrolTOTP(t, agent, "/")
	wantStatus(t, "inbox after enrolling", agent.get("/"), http.StatusOK)
}

func TestLogoutEverywhere_EndsEverySessionOfTheUser(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	laptop, phone, other := e.client(), e.client(), e.client()
	laptop.mustLogin("agent@example.com")
	phone.mustLogin("agent@example.com")
	other.mustLogin("admin@example.com")
	laptop.get("/account")
	wantStatus(t, "log out everywhere", laptop.post("/account/logout-everywhere", nil), http.StatusSeeOther)
	for name, c := range map[string]*client{"laptop": laptop, "phone": phone} {
		if r := c.get("/"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.location, "/login") {
			t.Errorf("%s still signed in: %d %q", name, r.status, r.location)
		}
	}
	wantStatus(t, "another user's session", other.get("/"), http.StatusOK)
}

func TestCSRF_StateChangesNeedTheSessionsToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "Where is my parcel", Message: &kefu.Message{Text: "hello"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	path := "/tickets/" + itoa(tk.ID)
	for name, form := range map[string]url.Values{
		"no token":    {"_csrf": {""}, "status": {"solved"}},
		"wrong token": {"_csrf": {"forged"}, "status": {"solved"}},
	} {
		wantStatus(t, name, c.post(path, form), http.StatusForbidden)
	}
	req, _ := http.NewRequest("POST", e.ts.URL+path, strings.NewReader(url.Values{"_csrf": {c.csrf}, "status": {"solved"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	wantStatus(t, "a cross-site post with the right token", c.do(req), http.StatusForbidden)
	if got, _ := e.db.FindTicketByID(e.sys(), tk.ID); got.Status == kefu.StatusSolved {
		t.Fatal("a refused post changed the ticket")
	}
	c.get(path)
	wantStatus(t, "the right token", c.post(path, url.Values{"status": {"solved"}}), http.StatusSeeOther)
	if got, _ := e.db.FindTicketByID(e.sys(), tk.ID); got.Status != kefu.StatusSolved {
		t.Errorf("status = %s, want solved", got.Status)
	}
	// The sign-in form is protected too.
	anon := e.client()
	wantStatus(t, "sign-in without the form's token", anon.post("/login", url.Values{"email": {"agent@example.com"}, "password": {testPassword}}), http.StatusForbidden)
}

func TestAuthenticate_APIAcceptsTheSessionCookieWithCSRFHeaderForWrites(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.client()
	c.mustLogin("agent@example.com")
	u, _ := url.Parse(e.ts.URL)
	var cookie *http.Cookie
	for _, ck := range c.http.Jar.Cookies(u) {
		if ck.Name == sessionCookie {
			cookie = ck
		}
	}
	if cookie == nil {
		t.Fatal("no session cookie")
	}
	request := func(method, token string) *http.Request {
		r, _ := http.NewRequest(method, e.ts.URL+"/api/v1/tickets", nil)
		r.AddCookie(cookie)
		if token != "" {
			r.Header.Set(csrfHeader, token)
		}
		return r
	}
	if a, err := e.srv.Authenticate(request("GET", "")); err != nil || a == nil || a.User.Email != "agent@example.com" {
		t.Errorf("GET with the cookie = %v, %v", a, err)
	}
	if _, err := e.srv.Authenticate(request("POST", "")); kefu.ErrorCode(err) != kefu.EFORBIDDEN {
		t.Errorf("POST without the CSRF header = %v, want forbidden", err)
	}
	if a, err := e.srv.Authenticate(request("POST", c.csrf)); err != nil || a == nil {
		t.Errorf("POST with the CSRF header = %v, %v", a, err)
	}
	bare, _ := http.NewRequest("GET", e.ts.URL+"/api/v1/tickets", nil)
	if a, err := e.srv.Authenticate(bare); a != nil || err != nil {
		t.Errorf("no cookie = %v, %v; want nil, nil", a, err)
	}
}

func itoa(id int64) string { return strconvFormat(id) }
