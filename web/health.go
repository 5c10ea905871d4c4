package web

import (
	"context"
	"net/http"
	"time"

	"kefu"
)

// healthz answers as long as the process serves HTTP; it touches nothing
// else, so a slow database never gets a healthy process restarted.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
	return nil
}

// readyz answers 200 when the database is reachable, so a load balancer
// sends traffic only to replicas that can serve it.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) error {
	if s.svc.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.svc.Ready(ctx); err != nil {
			s.log.WarnContext(r.Context(), "not ready", "request_id", requestID(r.Context()), "err", err)
			return &requestError{status: http.StatusServiceUnavailable,
				err: kefu.Error{Code: kefu.EINTERNAL, Message: "not ready: the database is unreachable"}}
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ready\n"))
	return nil
}
