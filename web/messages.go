package web

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"kefu"
)

// messageRequest is the body of POST /api/v1/tickets/{id}/messages (and
// the first message of a new ticket). The author comes from the caller,
// never from the body.
type messageRequest struct {
	Direction   string             `json:"direction,omitempty"`
	Channel     string             `json:"channel,omitempty"`
	Text        string             `json:"text,omitempty"`
	HTML        string             `json:"html,omitempty"`
	ExternalID  string             `json:"external_id,omitempty"`
	AuthorName  string             `json:"author_name,omitempty"`
	Attachments []attachmentUpload `json:"attachments,omitempty"`
	// ComplianceOverride sends a reply the guard blocks (supervisors).
	ComplianceOverride bool `json:"compliance_override,omitempty"`
}

// attachmentUpload is one file given inline, its bytes in standard base64.
type attachmentUpload struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type,omitempty"`
	ContentID   string `json:"content_id,omitempty"`
	Data        string `json:"data"`
}

// message builds the domain message and decodes the attachments' bytes;
// field prefixes error fields ("message." inside a new ticket).
//
// A user replying or writing a note is its author. Inbound and system
// messages keep the author name given: a user pasting a buyer's e-mail is
// not its author (the audit log still records who posted it).
func (req *messageRequest) message(r *http.Request, field string) (*kefu.Message, [][]byte, error) {
	m := &kefu.Message{
		Direction:  req.Direction,
		Channel:    req.Channel,
		Text:       req.Text,
		HTML:       req.HTML,
		ExternalID: req.ExternalID,
		AuthorName: req.AuthorName,

		ComplianceOverride: req.ComplianceOverride,
	}
	if u := kefu.ActorFrom(r.Context()); u != nil && u.User != nil &&
		(m.Direction == kefu.DirectionOutbound || m.Direction == kefu.DirectionNote) {
		m.AuthorUserID = u.User.ID
		if m.AuthorName == "" {
			m.AuthorName = u.User.Name
		}
	}
	var uploads [][]byte
	for i, a := range req.Attachments {
		name := fmt.Sprintf("%sattachments.%d.data", field, i)
		if base64.StdEncoding.DecodedLen(len(a.Data)) > attachmentLimit+3 {
			return nil, nil, attachmentTooLarge(name)
		}
		data, err := decodeBase64(a.Data)
		if err != nil {
			return nil, nil, badRequest(name, "%s is not standard base64: %s", name, err)
		}
		if len(data) > attachmentLimit {
			return nil, nil, attachmentTooLarge(name)
		}
		ct := strings.TrimSpace(a.ContentType)
		if ct == "" {
			ct = http.DetectContentType(data)
		}
		m.Attachments = append(m.Attachments, kefu.Attachment{
			Filename:    a.Filename,
			ContentType: ct,
			ContentID:   a.ContentID,
			Size:        int64(len(data)),
		})
		uploads = append(uploads, data)
	}
	return m, uploads, nil
}

func attachmentTooLarge(field string) error {
	return &requestError{status: http.StatusRequestEntityTooLarge,
		err: kefu.Error{Code: kefu.ETOOLARGE, Field: field, Message: "an attachment may be at most " + formatBytes(attachmentLimit)}}
}

// decodeBase64 accepts padded and unpadded standard base64.
func decodeBase64(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return base64.RawStdEncoding.DecodeString(s)
	}
	return base64.StdEncoding.DecodeString(s)
}

// withPlaceholderHashes returns a copy of m whose attachments carry a
// well-formed hash, to validate the message before its bytes are stored.
func withPlaceholderHashes(m *kefu.Message) *kefu.Message {
	c := *m
	c.Attachments = make([]kefu.Attachment, len(m.Attachments))
	for i, a := range m.Attachments {
		a.SHA256 = strings.Repeat("0", 64)
		c.Attachments[i] = a
	}
	return &c
}

// storeUploads writes the attachments' bytes to the blob store and fills
// in their hashes.
func (s *Server) storeUploads(m *kefu.Message, uploads [][]byte) error {
	if s.svc.Blobs == nil {
		return errors.New("attachments: no blob store configured")
	}
	for i, data := range uploads {
		sha, size, err := s.svc.Blobs.Put(bytes.NewReader(data), attachmentLimit)
		if err != nil {
			return err
		}
		m.Attachments[i].SHA256, m.Attachments[i].Size = sha, size
	}
	return nil
}

func (s *Server) addMessage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var req messageRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	m, uploads, err := req.message(r, "")
	if err != nil {
		return err
	}
	if len(uploads) > 0 {
		// Write no bytes for a message that cannot be added: the ticket
		// must exist for the caller and the message must be valid.
		if _, err := s.svc.Tickets.FindTicketByID(r.Context(), id); err != nil {
			return err
		}
		if err := withPlaceholderHashes(m).Validate(); err != nil {
			return err
		}
		if err := s.storeUploads(m, uploads); err != nil {
			return err
		}
	}
	added, err := s.svc.Tickets.AddMessage(r.Context(), id, m)
	if err != nil {
		return err
	}
	// No Location: a message has no URL of its own; it is read with its ticket.
	return writeJSON(w, http.StatusCreated, added)
}
