package web

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
)

func TestStoreJSONNamesSecretsButNeverShowsThem(t *testing.T) {
	e := newEnv(t)
	rec := e.call("GET", "/api/v1/stores/1", tokAdmin, nil, nil, http.StatusOK)
	if strings.Contains(rec.Body.String(), "very-secret") || !strings.Contains(rec.Body.String(), `"secret_names":["sp_api_refresh_token"]`) {
		t.Fatalf("body = %s", rec.Body)
	}
	var created storeJSON
	rec = e.call("POST", "/api/v1/stores", tokAdmin, map[string]any{"slug": "acme-th", "platform": "lazada", "site": "TH",
		"name": "Acme TH", "timezone": "Asia/Bangkok", "currency": "THB", "secrets": map[string]string{"app_secret": "s3cr3t-value"}}, &created, http.StatusCreated)
	if strings.Contains(rec.Body.String(), "s3cr3t-value") || !slices.Equal(created.SecretNames, []string{"app_secret"}) {
		t.Fatalf("body = %s", rec.Body)
	}
	if rec.Header().Get("Location") != fmt.Sprintf("/api/v1/stores/%d", created.ID) {
		t.Fatalf("Location = %q", rec.Header().Get("Location"))
	}
	rec = e.call("PATCH", fmt.Sprintf("/api/v1/stores/%d", created.ID), tokAdmin, map[string]any{"secrets": map[string]string{"app_secret": "", "webhook_secret": "whsec_x"}}, &created, http.StatusOK)
	if strings.Contains(rec.Body.String(), "whsec_x") || !slices.Equal(created.SecretNames, []string{"webhook_secret"}) {
		t.Fatalf("body = %s", rec.Body)
	}
	rec = e.call("GET", "/api/v1/stores", tokAdmin, nil, nil, http.StatusOK)
	if strings.Contains(rec.Body.String(), "very-secret") || strings.Contains(rec.Body.String(), "whsec_x") {
		t.Fatalf("list leaks secrets: %s", rec.Body)
	}
}

func TestAgentSeesOnlyTheirStores(t *testing.T) {
	e := newEnv(t)
	var list storeList
	e.call("GET", "/api/v1/stores", tokAgent, nil, &list, http.StatusOK)
	if len(list.Stores) != 1 || list.Stores[0].ID != storeUS {
		t.Fatalf("stores = %+v", list.Stores)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/stores/2", token: tokAgent}), http.StatusNotFound, kefu.ENOTFOUND, "")
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/stores?platform=amazon", token: tokAgent}), http.StatusBadRequest, kefu.EINVALID, "platform")
}

func TestUsersAreAdminOnlyAndNeverShowPasswords(t *testing.T) {
	e := newEnv(t)
	var u kefu.User
	rec := e.call("POST", "/api/v1/users", tokAdmin, map[string]any{"email": "New@Example.com", "name": "Mai", "role": "agent",
		"store_ids": []int64{2}, "password": "correct horse battery"}, &u, http.StatusCreated)
	if u.Email != "new@example.com" || u.Locale != "en" || strings.Contains(rec.Body.String(), "horse") || strings.Contains(rec.Body.String(), "hash") {
		t.Fatalf("body = %s", rec.Body)
	}
	rec = e.call("PATCH", fmt.Sprintf("/api/v1/users/%d", u.ID), tokAdmin, map[string]any{"disabled": true, "password": "another long password"}, &u, http.StatusOK)
	if u.DisabledAt == nil || strings.Contains(rec.Body.String(), "another") {
		t.Fatalf("body = %s", rec.Body)
	}
	var list userList
	e.call("GET", "/api/v1/users", tokAdmin, nil, &list, http.StatusOK)
	if len(list.Users) != 4 {
		t.Fatalf("users = %d", len(list.Users))
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/users", token: tokAgent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestDisabledUserTokenIsUnauthorized(t *testing.T) {
	e := newEnv(t)
	now := kefu.Now()
	e.fake.users[userAgent].DisabledAt = &now
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/tickets", token: tokAgent}), http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/tokens", token: tokAgent}), http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
}

func TestTokensCreateListRevoke(t *testing.T) {
	e := newEnv(t)
	var created tokenCreated
	e.call("POST", "/api/v1/tokens", tokAgent, map[string]any{"name": "shopify sync", "scopes": []string{"orders:write", "orders:read", "orders:write"}}, &created, http.StatusCreated)
	if created.Secret == "" || created.UserID != userAgent || !slices.Equal(created.Scopes, []string{"orders:read", "orders:write"}) {
		t.Fatalf("created = %+v", created)
	}
	// The new secret works, and only for its scopes.
	e.call("GET", "/api/v1/orders", created.Secret, nil, nil, http.StatusOK)
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/tickets", token: created.Secret}), http.StatusForbidden, kefu.EFORBIDDEN, "")

	var list tokenList
	e.call("GET", "/api/v1/tokens", tokAgent, nil, &list, http.StatusOK)
	if len(list.Tokens) != 3 || strings.Contains(mustJSON(list), created.Secret) {
		t.Fatalf("tokens = %+v", list.Tokens)
	}
	rec := e.do(req{method: "DELETE", path: fmt.Sprintf("/api/v1/tokens/%d", created.ID), token: tokAgent})
	if rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
		t.Fatalf("revoke = %d %s", rec.Code, rec.Body)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/orders", token: created.Secret}), http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
}

func TestTokensCannotGrantMoreThanTheCallerHolds(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		name, token string
		body        map[string]any
		status      int
		code, field string
	}{
		{"agent asks for admin", tokAgent, map[string]any{"name": "x", "scopes": []string{"admin"}}, 403, kefu.EFORBIDDEN, ""},
		{"read-only token asks for write", tokAgentRead, map[string]any{"name": "x", "scopes": []string{"tickets:write"}}, 403, kefu.EFORBIDDEN, ""},
		{"viewer asks for write", tokViewer, map[string]any{"name": "x", "scopes": []string{"orders:write"}}, 403, kefu.EFORBIDDEN, ""},
		{"agent mints for another user", tokAgent, map[string]any{"name": "x", "scopes": []string{"tickets:read"}, "user_id": userViewer}, 403, kefu.EFORBIDDEN, ""},
		{"admin grants a viewer write", tokAdmin, map[string]any{"name": "x", "scopes": []string{"tickets:write"}, "user_id": userViewer}, 422, kefu.EINVALID, "scopes"},
		{"expiring token mints an eternal one", tokAdminExp, map[string]any{"name": "x", "scopes": []string{"tickets:read"}}, 422, kefu.EINVALID, "expires_at"},
		{"expiring token mints a longer one", tokAdminExp, map[string]any{"name": "x", "scopes": []string{"tickets:read"}, "expires_at": time.Now().Add(48 * time.Hour)}, 422, kefu.EINVALID, "expires_at"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantProblem(t, e.do(req{method: "POST", path: "/api/v1/tokens", token: c.token, body: mustJSON(c.body)}), c.status, c.code, c.field)
		})
	}
	// Allowed: a read-only token mints a read-only token; an admin mints for a viewer.
	e.call("POST", "/api/v1/tokens", tokAgentRead, map[string]any{"name": "x", "scopes": []string{"tickets:read"}}, nil, http.StatusCreated)
	var created tokenCreated
	e.call("POST", "/api/v1/tokens", tokAdmin, map[string]any{"name": "x", "scopes": []string{"tickets:read"}, "user_id": userViewer}, &created, http.StatusCreated)
	if created.UserID != userViewer {
		t.Fatalf("owner = %d", created.UserID)
	}
	e.call("POST", "/api/v1/tokens", tokAdminExp, map[string]any{"name": "x", "scopes": []string{"admin"}, "expires_at": time.Now().Add(30 * time.Minute)}, nil, http.StatusCreated)
	if len(e.fake.tokens) != 7+3 {
		t.Fatalf("refused requests created tokens: %d", len(e.fake.tokens))
	}
}

func TestTokensOfOthersAreHidden(t *testing.T) {
	e := newEnv(t)
	wantProblem(t, e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/tokens?user=%d", userAdmin), token: tokAgent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
	var list tokenList
	e.call("GET", fmt.Sprintf("/api/v1/tokens?user=%d", userAgent), tokAdmin, nil, &list, http.StatusOK)
	if len(list.Tokens) != 2 {
		t.Fatalf("agent tokens = %d", len(list.Tokens))
	}
	// An admin token id (21) is "not found" to the agent, and stays live.
	wantProblem(t, e.do(req{method: "DELETE", path: "/api/v1/tokens/21", token: tokAgent}), http.StatusNotFound, kefu.ENOTFOUND, "")
	e.call("GET", "/api/v1/users", tokAdmin, nil, nil, http.StatusOK)
	// An admin may revoke anyone's.
	e.call("DELETE", "/api/v1/tokens/22", tokAdmin, nil, nil, http.StatusNoContent)
}

func TestAuditPages(t *testing.T) {
	e := newEnv(t)
	for i := range 3 {
		e.call("POST", "/api/v1/tickets", tokAdmin, map[string]any{"store_id": 1, "subject": fmt.Sprint("t", i)}, nil, http.StatusCreated)
	}
	var page auditPage
	e.call("GET", "/api/v1/audit?entity_type=ticket&limit=2", tokAdmin, nil, &page, http.StatusOK)
	if len(page.Entries) != 2 || page.NextBeforeID != page.Entries[1].ID {
		t.Fatalf("page = %+v", page)
	}
	before := page.NextBeforeID
	page = auditPage{}
	e.call("GET", fmt.Sprintf("/api/v1/audit?entity_type=ticket&limit=2&before_id=%d", before), tokAdmin, nil, &page, http.StatusOK)
	if len(page.Entries) != 1 || page.NextBeforeID != 0 {
		t.Fatalf("page 2 = %+v", page)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/audit", token: tokAgent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestCustomerLookup(t *testing.T) {
	e := newEnv(t)
	var tk kefu.Ticket
	e.call("POST", "/api/v1/tickets", tokAgent, map[string]any{"store_id": 1, "subject": "x",
		"customer": map[string]any{"name": "Somchai", "identities": []map[string]any{{"kind": "phone", "value": "+66 81-234-5678"}}}}, &tk, http.StatusCreated)
	var c kefu.Customer
	e.call("GET", "/api/v1/customers?identity=%2B66812345678&kind=phone", tokViewer, nil, &c, http.StatusOK)
	if c.ID != tk.CustomerID || c.Name != "Somchai" {
		t.Fatalf("customer = %+v", c)
	}
	e.call("GET", fmt.Sprintf("/api/v1/customers/%d", c.ID), tokViewer, nil, &c, http.StatusOK)
}
