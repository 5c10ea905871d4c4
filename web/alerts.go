package web

import (
	"context"
	"net/http"
	"strconv"

	"kefu"
)

// Alert channels and their deliveries, for admins. A channel's webhook
// URL carries the robot's key and is shown redacted; its signing secret
// is never shown, only whether one is set.

// AlertTester sends a test alert through a channel at once and reports
// the provider's answer; *notify.Dispatcher is one.
type AlertTester interface {
	TestChannel(ctx context.Context, id int64) (*kefu.AlertSendResult, error)
}

// alertChannelJSON is the API view of a channel.
type alertChannelJSON struct {
	*kefu.AlertChannel
	URL       string `json:"url"` // redacted: the key cut to its first characters
	SecretSet bool   `json:"secret_set"`
}

func alertChannelView(c *kefu.AlertChannel) alertChannelJSON {
	return alertChannelJSON{AlertChannel: c, URL: c.RedactedURL(), SecretSet: c.Secret != ""}
}

// alertChannelList is the body of GET /api/v1/alert-channels.
type alertChannelList struct {
	Channels []alertChannelJSON `json:"channels"`
}

// alertChannelCreateRequest is the body of POST /api/v1/alert-channels.
type alertChannelCreateRequest struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	StoreID    int64    `json:"store_id,omitempty"`
	Kinds      []string `json:"kinds,omitempty"`
	URL        string   `json:"url"`
	Secret     string   `json:"secret,omitempty"`
	CustomHost bool     `json:"custom_host,omitempty"`
	Mentions   []string `json:"mentions,omitempty"`
	Enabled    *bool    `json:"enabled,omitempty"` // default true
}

// alertDeliveryList is the body of GET /api/v1/alerts.
type alertDeliveryList struct {
	Deliveries []*kefu.AlertDelivery `json:"deliveries"`
	// NextBeforeID pages on: pass it as before_id; 0 on the last page.
	NextBeforeID int64 `json:"next_before_id,omitempty"`
}

func (s *Server) alerts() (kefu.AlertService, error) {
	if s.svc.Alerts == nil {
		return nil, kefu.NotFound("alerts")
	}
	return s.svc.Alerts, nil
}

func (s *Server) listAlertChannels(w http.ResponseWriter, r *http.Request) error {
	if _, err := parseQuery(r); err != nil {
		return err
	}
	svc, err := s.alerts()
	if err != nil {
		return err
	}
	channels, err := svc.ListAlertChannels(r.Context())
	if err != nil {
		return err
	}
	out := alertChannelList{Channels: make([]alertChannelJSON, 0, len(channels))}
	for _, c := range channels {
		out.Channels = append(out.Channels, alertChannelView(c))
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) createAlertChannel(w http.ResponseWriter, r *http.Request) error {
	var req alertChannelCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	svc, err := s.alerts()
	if err != nil {
		return err
	}
	c := &kefu.AlertChannel{Name: req.Name, Type: req.Type, StoreID: req.StoreID, Kinds: req.Kinds, URL: req.URL,
		Secret: req.Secret, CustomHost: req.CustomHost, Mentions: req.Mentions, Enabled: req.Enabled == nil || *req.Enabled}
	if err := svc.CreateAlertChannel(r.Context(), c); err != nil {
		return err
	}
	w.Header().Set("Location", api+"/alert-channels/"+strconv.FormatInt(c.ID, 10))
	return writeJSON(w, http.StatusCreated, alertChannelView(c))
}

func (s *Server) updateAlertChannel(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var u kefu.AlertChannelUpdate
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	svc, err := s.alerts()
	if err != nil {
		return err
	}
	c, err := svc.UpdateAlertChannel(r.Context(), id, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, alertChannelView(c))
}

func (s *Server) deleteAlertChannel(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	svc, err := s.alerts()
	if err != nil {
		return err
	}
	if err := svc.DeleteAlertChannel(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// testAlertChannel sends a test alert now and answers with what the
// provider said. A refusal is the answer, not a failed request: 200 with
// "ok": false.
func (s *Server) testAlertChannel(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := parseQuery(r); err != nil {
		return err
	}
	if s.svc.AlertTest == nil {
		return kefu.NotFound("alerts")
	}
	res, err := s.svc.AlertTest.TestChannel(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

// listAlerts lists deliveries, newest first: ?status=failed shows what
// did not reach its channel and why.
func (s *Server) listAlerts(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "channel", "ticket", "status", "kind", "before_id", "limit")
	if err != nil {
		return err
	}
	f := kefu.AlertDeliveryFilter{ChannelID: q.id("channel"), TicketID: q.id("ticket"), Status: q.str("status"), Kind: q.str("kind"),
		BeforeID: q.id("before_id"), Limit: q.int("limit")}
	if q.err != nil {
		return q.err
	}
	if f.Limit > kefu.MaxPageSize || len(q.values["limit"]) > 0 && f.Limit == 0 {
		return badRequest("limit", "limit must be between 1 and %d", kefu.MaxPageSize)
	}
	if err := f.Validate(); err != nil {
		return badQuery(err, nil)
	}
	svc, err := s.alerts()
	if err != nil {
		return err
	}
	ds, err := svc.ListAlertDeliveries(r.Context(), f)
	if err != nil {
		return err
	}
	out := alertDeliveryList{Deliveries: ds}
	if out.Deliveries == nil {
		out.Deliveries = []*kefu.AlertDelivery{}
	}
	if len(ds) == f.Limit && len(ds) > 0 {
		out.NextBeforeID = ds[len(ds)-1].ID
	}
	return writeJSON(w, http.StatusOK, out)
}
