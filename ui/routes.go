package ui

import (
	"net/http"
	"net/url"
	"strings"
)

// handlerFunc is a page handler that reports failure by returning an
// error; adapt renders it (render.go).
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// access is who may use a route.
type access int

const (
	public     access = iota // anyone: sign-in, assets
	pending                  // half signed in (password, no TOTP yet) or better
	signedIn                 // a full session
	supervisor               // admins and supervisors
	admin                    // admins
)

// route is one entry of the UI's route table; tests walk it.
type route struct {
	method string
	path   string
	access access
	handle handlerFunc
}

func (rt route) pattern() string { return strings.TrimSpace(rt.method + " " + rt.path) }

// routes is the one route table of the UI. The API (/api/v1), webhooks
// (/hooks) and probes are mounted beside it by the app.
func (s *Server) routes() []route {
	return []route{
		{"GET", "/static/{file...}", public, s.serveAsset},
		{"GET", "/favicon.ico", public, s.favicon},

		{"GET", "/login", public, s.loginPage},
		{"POST", "/login", public, s.login},
		{"GET", "/login/totp", pending, s.totpPage},
		{"POST", "/login/totp", pending, s.totpLogin},
		{"POST", "/logout", pending, s.logout},

		{"GET", "/account", signedIn, s.accountPage},
		{"POST", "/account", signedIn, s.saveAccount},
		{"POST", "/account/password", signedIn, s.changePassword},
		{"GET", "/account/totp", pending, s.totpEnrolPage},
		{"POST", "/account/totp", pending, s.totpEnrol},
		{"POST", "/account/totp/disable", signedIn, s.totpDisable},
		{"POST", "/account/logout-everywhere", signedIn, s.logoutEverywhere},

		{"GET", "/{$}", signedIn, s.inbox},
		{"GET", "/inbox/rows/{id}", signedIn, s.inboxRow},
		{"POST", "/tickets/bulk", signedIn, s.bulk},
		{"GET", "/tickets/{id}", signedIn, s.ticketPage},
		{"POST", "/tickets/{id}", signedIn, s.updateTicket},
		{"GET", "/tickets/{id}/thread", signedIn, s.threadFragment},
		{"POST", "/tickets/{id}/messages", signedIn, s.addMessage},
		{"GET", "/tickets/{id}/replies/{reply}", signedIn, s.renderReply},
		{"POST", "/tickets/{id}/unmask", signedIn, s.unmask},
		{"POST", "/tickets/{id}/presence", signedIn, s.presence},
		{"POST", "/tickets/{id}/lint", signedIn, s.lintDraft},
		{"POST", "/tickets/{id}/translate", signedIn, s.translateDraft},
		{"POST", "/tickets/{id}/messages/{mid}/translate", signedIn, s.translateMessage},
		{"POST", "/tickets/{id}/no-response-needed", signedIn, s.noResponseNeeded},
		{"GET", "/tickets/{id}/messages/{mid}/body", signedIn, s.messageBody},
		{"GET", "/attachments/{id}", signedIn, s.attachment},
		{"GET", "/live", signedIn, s.live},

		{"GET", "/admin", supervisor, s.adminHome},
		{"GET", "/admin/stores", admin, s.adminStores},
		{"POST", "/admin/stores", admin, s.createStore},
		{"GET", "/admin/stores/{id}", admin, s.adminStore},
		{"POST", "/admin/stores/{id}", admin, s.updateStore},
		{"POST", "/admin/stores/{id}/secrets", admin, s.setStoreSecret},
		{"POST", "/admin/stores/{id}/generate-secret", admin, s.generateStoreSecret},
		{"POST", "/admin/stores/{id}/test-event", admin, s.sendTestEvent},
		{"GET", "/admin/users", admin, s.adminUsers},
		{"POST", "/admin/users", admin, s.createUser},
		{"POST", "/admin/users/{id}", admin, s.updateUser},
		{"POST", "/admin/users/{id}/reset-totp", admin, s.resetUserTOTP},
		{"POST", "/admin/users/{id}/logout", admin, s.logoutUser},
		{"GET", "/admin/teams", admin, s.adminTeams},
		{"POST", "/admin/teams", admin, s.saveTeam},
		{"POST", "/admin/teams/{id}/delete", admin, s.deleteTeam},
		{"GET", "/admin/replies", supervisor, s.adminReplies},
		{"POST", "/admin/replies", supervisor, s.saveReply},
		{"POST", "/admin/replies/{id}/delete", supervisor, s.deleteReply},
		{"GET", "/admin/tokens", signedIn, s.adminTokens},
		{"POST", "/admin/tokens", signedIn, s.createToken},
		{"POST", "/admin/tokens/{id}/revoke", signedIn, s.revokeToken},
		{"GET", "/admin/security", admin, s.adminSecurity},
		{"POST", "/admin/security", admin, s.saveSecurity},

		// Everything else is a page that does not exist.
		{"", "/", public, s.notFound},
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error { return errNotFound }

// adapt turns a route into a handler: find the session, demand the
// route's access, check the CSRF token of every state change, run the
// handler and render its error.
func (s *Server) adapt(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
		if err := s.serveRoute(w, r, rt); err != nil {
			s.fail(w, r, err)
		}
	})
}

// maxFormBytes caps a form post: a reply with its text is the largest.
const maxFormBytes = 1 << 20

func (s *Server) serveRoute(w http.ResponseWriter, r *http.Request, rt route) error {
	if rt.access == public {
		if rt.method == http.MethodPost {
			if err := s.checkCSRF(r, nil); err != nil {
				return err
			}
		}
		v, _ := s.viewerFor(r) // pages like /login adapt to a signed-in visitor
		return rt.handle(w, r.WithContext(withViewer(r.Context(), s.publicViewer(r, v))))
	}
	v, err := s.viewerFor(r)
	if err != nil {
		return err
	}
	if v == nil {
		return errSignIn
	}
	if v.session.Pending && rt.access != pending {
		return errSecondFactor
	}
	if rt.access != pending && !v.hasTOTP {
		required, err := s.requireTOTP(r)
		if err != nil {
			return err
		}
		if required {
			return errEnrol
		}
	}
	switch rt.access {
	case admin:
		if v.user.Role != "admin" {
			return errForbidden
		}
	case supervisor:
		if v.user.Role != "admin" && v.user.Role != "supervisor" {
			return errForbidden
		}
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		if err := s.checkCSRF(r, v); err != nil {
			return err
		}
	}
	return rt.handle(w, r.WithContext(withViewer(r.Context(), v)))
}

// localPath returns p when it is a path on this site, else fallback: a
// "return to" parameter must never send the browser elsewhere.
func localPath(p, fallback string) string {
	if p == "" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.ContainsAny(p, "\r\n") {
		return fallback
	}
	return p
}

func urlQuery(s string) string { return url.QueryEscape(s) }
