package translate

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"kefu"
)

// server is a stand-in provider API: handle sees each request with its
// body read, and answers.
func server(t *testing.T, handle func(t *testing.T, r *http.Request, body []byte) (status int, header http.Header, answer string)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			t.Errorf("reading request: %v", err)
		}
		status, header, answer := handle(t, r, body)
		for k, vs := range header {
			w.Header()[k] = vs
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, answer)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// decodeBody decodes a request body, failing the test when it is not the
// JSON object expected.
func decodeBody(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("request body %q: %v", body, err)
	}
	return m
}

// wantProviderError checks err is a *ProviderError of provider with the
// given status and retryability, and returns it.
func wantProviderError(t *testing.T, err error, provider string, status int, retryable bool) *ProviderError {
	t.Helper()
	var pe *ProviderError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v (%T), want *ProviderError", err, err)
	}
	if pe.Provider != provider || pe.Status != status || pe.Retryable != retryable {
		t.Fatalf("err = %+v, want provider %s status %d retryable %v", pe, provider, status, retryable)
	}
	return pe
}

// wantInvalid checks err is a kefu validation error of field.
func wantInvalid(t *testing.T, err error, field, message string) {
	t.Helper()
	if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != field {
		t.Fatalf("err = %v, want invalid %s", err, field)
	}
	if message != "" && kefu.ErrorMessage(err) != message {
		t.Fatalf("message = %q, want %q", kefu.ErrorMessage(err), message)
	}
}

var bg = context.Background()
