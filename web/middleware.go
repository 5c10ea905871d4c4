package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"kefu"
)

// requestInfo travels in the context so that the outer middleware can log
// and count by the route that the inner mux matched.
type requestInfo struct {
	id    string
	route string // the mux pattern's path, e.g. /api/v1/tickets/{id}
}

type infoKey struct{}

func infoFrom(ctx context.Context) *requestInfo {
	info, _ := ctx.Value(infoKey{}).(*requestInfo)
	return info
}

// requestID returns the id of the request being served, or "".
func requestID(ctx context.Context) string {
	if info := infoFrom(ctx); info != nil {
		return info.id
	}
	return ""
}

func routeOf(ctx context.Context) string {
	if info := infoFrom(ctx); info != nil && info.route != "" {
		return info.route
	}
	return "unmatched"
}

// withRequestID takes the caller's X-Request-Id when it is a sane token
// (it ends up in logs, so nothing that could forge a log line) and
// otherwise makes one; either way it is echoed back.
func (s *Server) withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !saneRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		ctx := context.WithValue(r.Context(), infoKey{}, &requestInfo{id: id})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func saneRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.:", c)) {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// withSecurityHeaders marks every response as data, never a page: no
// sniffing, no framing, no scripts, no referrer, no caching of answers
// that may hold buyers' personal data.
func (s *Server) withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += int64(n)
	return n, err
}

// Unwrap gives http.ResponseController access to the real writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// withObservation recovers panics, logs one line per request and records
// the metrics.
func (s *Server) withObservation(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.ErrorContext(r.Context(), "panic serving request", "request_id", requestID(r.Context()),
					"method", r.Method, "route", routeOf(r.Context()), "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if sw.status != 0 {
					// Too late for a problem response; make the server
					// drop the connection rather than send half an answer.
					panic(http.ErrAbortHandler)
				}
				writeProblem(sw, problem{Status: http.StatusInternalServerError, Code: kefu.EINTERNAL,
					Detail: "internal error", RequestID: requestID(r.Context())})
			}
			elapsed := time.Since(start)
			route := routeOf(r.Context())
			s.metrics.observe(route, r.Method, sw.status, elapsed)
			s.log.InfoContext(r.Context(), "http request",
				"method", r.Method,
				"route", route,
				"status", sw.status,
				"duration", elapsed,
				"bytes", sw.size,
				"request_id", requestID(r.Context()))
		}()
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK // nothing written: net/http sends 200
		}
	})
}

// serveMux dispatches to the route table. Requests no route matches are
// answered by the mux, which knows 404 from 405 and the Allow header, but
// in problem+json rather than its plain text.
func (s *Server) serveMux(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	nw := &noRouteWriter{header: http.Header{}}
	s.mux.ServeHTTP(nw, r)
	if nw.status == http.StatusMethodNotAllowed {
		if allow := nw.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		s.writeError(w, r, &requestError{status: http.StatusMethodNotAllowed,
			err: kefu.Error{Code: kefu.EINVALID, Message: fmt.Sprintf("method %s is not allowed here", kefu.Shorten(r.Method, 20))}})
		return
	}
	s.writeError(w, r, &requestError{status: http.StatusNotFound,
		err: kefu.Error{Code: kefu.ENOTFOUND, Message: "no such endpoint; see /api/v1/openapi.json"}})
}

// noRouteWriter captures the mux's own 404/405 answer.
type noRouteWriter struct {
	header http.Header
	status int
}

func (w *noRouteWriter) Header() http.Header { return w.header }
func (w *noRouteWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *noRouteWriter) Write(b []byte) (int, error) { return len(b), nil }

// adapt turns a route into an http.Handler: record the route, cap the
// body, authenticate, demand the scope, run the handler, write its error.
func (s *Server) adapt(rt route) http.Handler {
	limit := rt.maxBody
	if limit == 0 {
		limit = s.maxBody
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if info := infoFrom(r.Context()); info != nil {
			info.route = rt.path
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		err := s.serveRoute(w, r, rt)
		if err != nil {
			s.writeError(w, r, err)
		}
	})
}

func (s *Server) serveRoute(w http.ResponseWriter, r *http.Request, rt route) error {
	if !rt.public {
		var err error
		if r, err = s.authenticate(r); err != nil {
			return err
		}
		if err := authorize(r, rt); err != nil {
			return err
		}
	}
	return rt.handle(w, r)
}
