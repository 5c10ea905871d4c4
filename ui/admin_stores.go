package ui

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/hookspec"
	"kefu/shopee"
)

// The stores admin: what to paste into Stripe's and Shopee's consoles,
// the secrets kefu holds (names only, except the generic signing secret
// the admin must copy out), mailboxes, and a "send test event" button.

type adminStoresPage struct {
	*base
	Stores []*kefu.Store
	Zones  []string
}

func (s *Server) adminHome(w http.ResponseWriter, r *http.Request) error {
	if viewerFrom(r).user.Role == kefu.RoleAdmin {
		http.Redirect(w, r, "/admin/stores", http.StatusSeeOther)
	} else {
		http.Redirect(w, r, "/admin/replies", http.StatusSeeOther)
	}
	return nil
}

func (s *Server) adminStores(w http.ResponseWriter, r *http.Request) error {
	stores, err := s.svc.Stores.ListStores(r.Context())
	if err != nil {
		return err
	}
	b := s.base(r, "", "admin")
	b.Title = b.T("admin.stores")
	return s.render(w, r, http.StatusOK, "admin_stores", &adminStoresPage{base: b, Stores: stores, Zones: commonZones})
}

func (s *Server) createStore(w http.ResponseWriter, r *http.Request) error {
	st := &kefu.Store{
		Slug:     strings.TrimSpace(r.PostFormValue("slug")),
		Platform: r.PostFormValue("platform"),
		Site:     strings.TrimSpace(r.PostFormValue("site")),
		Name:     strings.TrimSpace(r.PostFormValue("name")),
		Timezone: strings.TrimSpace(r.PostFormValue("timezone")),
		Currency: strings.ToUpper(strings.TrimSpace(r.PostFormValue("currency"))),
	}
	if err := s.svc.Stores.CreateStore(r.Context(), st); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/stores/"+strconv.FormatInt(st.ID, 10), viewerFrom(r).lang.T("admin.store_created"))
}

type adminStorePage struct {
	*base
	Store     *kefu.Store
	Hooks     []hookInfo
	Mailboxes []mailboxInfo
	Secrets   []secretInfo
	Zones     []string
	Result    *testResult
}

// hookInfo is one webhook endpoint of a store, as the provider's console
// wants it.
type hookInfo struct {
	Source  string // stripe, shopee, generic
	URL     string
	Ready   bool     // kefu holds the secret to verify it
	Events  []string // what to subscribe to (Stripe)
	Secret  string   // the signing secret to copy out (generic only)
	Missing string   // the secret name still to set
}

type mailboxInfo struct {
	Name, Where string
}

type secretInfo struct {
	Name string
	Hint string // what it is for
}

type testResult struct {
	Source string
	Status int
	Body   string
	OK     bool
}

func (s *Server) adminStore(w http.ResponseWriter, r *http.Request) error {
	return s.showStore(w, r, nil)
}

func (s *Server) showStore(w http.ResponseWriter, r *http.Request, result *testResult) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	st, err := s.svc.Stores.FindStoreByID(r.Context(), id)
	if err != nil {
		return err
	}
	b := s.base(r, "", "admin")
	b.Title = st.Name
	page := &adminStorePage{base: b, Store: st, Hooks: hooksOf(st, baseURL(r)), Zones: commonZones, Result: result}
	for _, name := range st.SecretNames() {
		if mb, ok := strings.CutPrefix(name, "imap_"); ok {
			page.Mailboxes = append(page.Mailboxes, mailboxInfo{Name: mb, Where: redactURL(st.Secrets[name])})
		} else if name == "smtp" {
			page.Mailboxes = append(page.Mailboxes, mailboxInfo{Name: "smtp", Where: redactURL(st.Secrets[name])})
		}
		page.Secrets = append(page.Secrets, secretInfo{Name: name})
	}
	status := http.StatusOK
	if result != nil && !result.OK {
		status = http.StatusUnprocessableEntity
	}
	return s.render(w, r, status, "admin_store", page)
}

// baseURL is how the browser reached kefu, which is what a provider must
// call: behind a proxy, its X-Forwarded-Proto says https.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// Secret names the receivers read (web/hooks.go).
const (
	secretWebhook        = "webhook_secret"
	secretStripeWebhook  = "stripe_webhook_secret"
	secretGenericWebhook = "generic_webhook_secret"
	secretShopeeKey      = "shopee_partner_key"
	secretShopeeCallback = "shopee_callback_url"
)

// stripeEvents are what to tick in Stripe's webhook settings.
var stripeEvents = []string{
	"charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed", "charge.dispute.funds_withdrawn",
	"charge.dispute.funds_reinstated", "charge.refunded", "charge.refund.updated", "refund.created", "refund.updated",
	"refund.failed", "payment_intent.payment_failed", "charge.failed", "radar.early_fraud_warning.created",
	"radar.early_fraud_warning.updated",
}

func hooksOf(st *kefu.Store, base string) []hookInfo {
	slug := url.PathEscape(st.Slug)
	stripeSecrets := append(st.Secrets.WithPrefix(secretStripeWebhook), st.Secrets.WithPrefix(secretWebhook)...)
	genericSecrets := append(st.Secrets.WithPrefix(secretGenericWebhook), st.Secrets.WithPrefix(secretWebhook)...)
	var hooks []hookInfo
	if st.Platform == "stripe" || st.Platform == "shopify" || st.Platform == "independent" || len(st.Secrets.WithPrefix(secretStripeWebhook)) > 0 {
		h := hookInfo{Source: "stripe", URL: base + "/hooks/stripe/" + slug, Events: stripeEvents, Ready: len(stripeSecrets) > 0}
		if !h.Ready {
			h.Missing = secretWebhook
		}
		hooks = append(hooks, h)
	}
	if st.Platform == "shopee" || st.Secrets[secretShopeeKey] != "" {
		h := hookInfo{Source: "shopee", URL: base + "/hooks/shopee/" + slug, Ready: st.Secrets[secretShopeeKey] != ""}
		if cb := st.Secrets[secretShopeeCallback]; cb != "" {
			h.URL = cb
		}
		if !h.Ready {
			h.Missing = secretShopeeKey
		}
		hooks = append(hooks, h)
	}
	h := hookInfo{Source: "generic", URL: base + "/hooks/generic/" + slug}
	for _, sec := range genericSecrets {
		if _, err := hookspec.ParseSecret(sec); err == nil && strings.HasPrefix(sec, hookspec.SecretPrefix) {
			h.Ready, h.Secret = true, sec
			break
		}
	}
	return append(hooks, h)
}

// redactURL shows a mailbox URL without its password.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "?"
	}
	if u.User != nil {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.Redacted()
}

func (s *Server) updateStore(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	name, site := strings.TrimSpace(r.PostFormValue("name")), strings.TrimSpace(r.PostFormValue("site"))
	tz, cur := strings.TrimSpace(r.PostFormValue("timezone")), strings.ToUpper(strings.TrimSpace(r.PostFormValue("currency")))
	if _, err := s.svc.Stores.UpdateStore(r.Context(), id, kefu.StoreUpdate{Name: &name, Site: &site, Timezone: &tz, Currency: &cur}); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/stores/"+strconv.FormatInt(id, 10), viewerFrom(r).lang.T("admin.saved"))
}

// setStoreSecret sets (or, with an empty value, deletes) one secret: a
// webhook secret pasted from Stripe, a Shopee partner key, a mailbox URL.
func (s *Server) setStoreSecret(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	if mb := strings.TrimSpace(r.PostFormValue("mailbox")); mb != "" {
		name = "imap_" + mb
	}
	if name == "" {
		return kefu.Invalid("name", "name the secret")
	}
	value := strings.TrimSpace(r.PostFormValue("value"))
	if _, err := s.svc.Stores.UpdateStore(r.Context(), id, kefu.StoreUpdate{SetSecrets: map[string]string{name: value}}); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/stores/"+strconv.FormatInt(id, 10), viewerFrom(r).lang.T("admin.saved"))
}

// generateStoreSecret makes a Standard Webhooks signing secret for the
// generic endpoint, to paste into the sending system.
func (s *Server) generateStoreSecret(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	secret, err := hookspec.NewSecret()
	if err != nil {
		return err
	}
	if _, err := s.svc.Stores.UpdateStore(r.Context(), id, kefu.StoreUpdate{SetSecrets: map[string]string{secretGenericWebhook: secret}}); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/stores/"+strconv.FormatInt(id, 10), viewerFrom(r).lang.T("admin.secret_generated"))
}

// sendTestEvent signs a harmless event with the store's own secret and
// delivers it to the store's webhook endpoint in-process, then shows what
// the endpoint answered: the proof that URL and secret fit together.
// Stripe's test is an event type kefu ignores; Shopee's a push code kefu
// archives without acting; the generic one a message in a conversation
// "kefu-test-event", so the admin sees a ticket arrive.
func (s *Server) sendTestEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	st, err := s.svc.Stores.FindStoreByID(r.Context(), id)
	if err != nil {
		return err
	}
	if s.svc.Hooks == nil {
		return kefu.Errorf(kefu.EINTERNAL, "webhooks are not mounted")
	}
	source := r.PostFormValue("source")
	var hook *hookInfo
	for _, h := range hooksOf(st, baseURL(r)) {
		if h.Source == source {
			hook = &h
		}
	}
	if hook == nil {
		return kefu.Invalid("source", "this store has no %s endpoint", source)
	}
	req, err := testDelivery(r, st, *hook)
	if err != nil {
		return err
	}
	rec := &recorder{header: http.Header{}}
	s.svc.Hooks.ServeHTTP(rec, req)
	body := rec.body.String()
	if len(body) > 2000 {
		body = body[:2000]
	}
	return s.showStore(w, r, &testResult{Source: source, Status: rec.status, Body: body, OK: rec.status >= 200 && rec.status < 300})
}

func testDelivery(r *http.Request, st *kefu.Store, h hookInfo) (*http.Request, error) {
	now := time.Now()
	nonce := make([]byte, 8)
	_, _ = rand.Read(nonce)
	id := hex.EncodeToString(nonce)
	path := "/hooks/" + h.Source + "/" + url.PathEscape(st.Slug)
	var body []byte
	headers := http.Header{"Content-Type": {"application/json"}, "User-Agent": {"kefu-test-event"}}
	switch h.Source {
	case "stripe":
		body = fmt.Appendf(nil, `{"id":"evt_kefutest_%s","object":"event","type":"kefu.test_event","api_version":"2024-06-20","created":%d,"livemode":false,"data":{"object":{"id":"kefu_test","object":"test"}}}`, id, now.Unix())
		secrets := append(st.Secrets.WithPrefix(secretStripeWebhook), st.Secrets.WithPrefix(secretWebhook)...)
		if len(secrets) == 0 {
			return nil, kefu.Invalid("source", "set %s first", secretWebhook)
		}
		mac := hmac.New(sha256.New, []byte(secrets[0]))
		fmt.Fprintf(mac, "%d.%s", now.Unix(), body)
		headers.Set("Stripe-Signature", fmt.Sprintf("t=%d,v1=%s", now.Unix(), hex.EncodeToString(mac.Sum(nil))))
	case "shopee":
		key := st.Secrets[secretShopeeKey]
		if key == "" {
			return nil, kefu.Invalid("source", "set %s first", secretShopeeKey)
		}
		body = fmt.Appendf(nil, `{"code":98,"shop_id":0,"timestamp":%d,"data":{"kefu_test":"%s"}}`, now.Unix(), id)
		headers.Set("Authorization", shopee.Sign(h.URL, body, key))
	case "generic":
		if h.Secret == "" {
			return nil, kefu.Invalid("source", "generate a signing secret first")
		}
		body = fmt.Appendf(nil, `{"type":"message","message":{"external_id":"kefu-test-%s","conversation_id":"kefu-test-event","subject":"kefu test event","text":"This is a test delivery sent from the kefu admin page at %s.","customer":{"name":"kefu test","buyer_id":"kefu-test-event"}}}`,
			id, now.UTC().Format(time.RFC3339))
		sig, err := hookspec.Sign(h.Secret, "msg_kefutest_"+id, now, body)
		if err != nil {
			return nil, err
		}
		headers.Set(hookspec.HeaderID, "msg_kefutest_"+id)
		headers.Set(hookspec.HeaderTimestamp, strconv.FormatInt(now.Unix(), 10))
		headers.Set(hookspec.HeaderSignature, sig)
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, baseURL(r)+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = headers
	req.Host = r.Host
	req.RemoteAddr = r.RemoteAddr
	if h.Source == "shopee" {
		// Shopee signs the URL it called; make the request look like it.
		if u, err := url.Parse(h.URL); err == nil {
			req.URL, req.Host = u, u.Host
			if u.Scheme == "https" {
				req.Header.Set("X-Forwarded-Proto", "https")
			}
		}
	}
	return req, nil
}

// recorder captures the in-process answer of the webhook endpoint.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (rc *recorder) Header() http.Header { return rc.header }
func (rc *recorder) WriteHeader(code int) {
	if rc.status == 0 {
		rc.status = code
	}
}
func (rc *recorder) Write(b []byte) (int, error) {
	if rc.status == 0 {
		rc.status = http.StatusOK
	}
	return rc.body.Write(b)
}
