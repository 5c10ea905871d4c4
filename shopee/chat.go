package shopee

import (
	"encoding/json"
	"strings"
	"time"

	"kefu"
)

// ChatMessage is one message of a webchat push (code 10), in both
// directions: Shopee pushes the buyer's messages and the replies the
// seller sends from Seller Centre, so FromSeller tells them apart.
type ChatMessage struct {
	ConversationID string
	MessageID      string // unique per message: the dedupe key of the message itself
	FromID         int64  // Shopee user id of the sender
	FromShopID     int64  // the sender's shop, 0 for a buyer without one
	ToID           int64
	FromUserName   string
	Type           string // Shopee's message_type: text, image, sticker, item, order, video, …
	// Content is the text an agent reads. Messages that are not text get a
	// placeholder such as "[image]" or "[order 240611ABCDEF12]" so every
	// message shows up in the conversation, never as an empty bubble.
	Content    string
	URL        string // the image or video, when there is one
	OrderSN    string // the order the buyer sent or asked from, when known
	Region     string // Shopee site, e.g. TH, MY
	FromSeller bool   // sent by this shop, not by the buyer
	CreatedAt  time.Time
}

// Push kinds: what a handler does with a push.
const (
	KindOrderStatus    = "order_status"
	KindTrackingNumber = "tracking_number"
	KindChatMessage    = "chat_message"
	KindOther          = "other" // archived and acknowledged, not interpreted
)

// Kind classifies the push. Webchat pushes also announce conversation
// events (read, pinned, …) under other data.type values; only "message"
// is a message.
func (p *Push) Kind() string {
	switch p.Code {
	case CodeOrderStatus:
		return KindOrderStatus
	case CodeTrackingNumber:
		return KindTrackingNumber
	case CodeWebchat:
		var w struct {
			Type string `json:"type"`
		}
		if json.Unmarshal(p.Data, &w) == nil && w.Type == "message" {
			return KindChatMessage
		}
	}
	return KindOther
}

type wireChat struct {
	Type    string           `json:"type"`
	Content *wireChatMessage `json:"content"`
}

type wireChatMessage struct {
	MessageID      flexID  `json:"message_id"`
	ConversationID flexID  `json:"conversation_id"`
	FromID         flexInt `json:"from_id"`
	FromShopID     flexInt `json:"from_shop_id"`
	ToID           flexInt `json:"to_id"`
	FromUserName   string  `json:"from_user_name"`
	MessageType    string  `json:"message_type"`
	Region         string  `json:"region"`
	Created        flexInt `json:"created_timestamp"`
	Content        struct {
		Text     string  `json:"text"`
		URL      string  `json:"url"`
		VideoURL string  `json:"video_url"`
		OrderSN  string  `json:"order_sn"`
		ItemID   flexInt `json:"item_id"`
	} `json:"content"`
	SourceContent struct {
		OrderSN string `json:"order_sn"`
	} `json:"source_content"`
}

// ChatMessage decodes the message of a webchat push.
func (p *Push) ChatMessage() (*ChatMessage, error) {
	if err := p.expect(CodeWebchat); err != nil {
		return nil, err
	}
	var w wireChat
	if err := decodeObject(p.Data, &w, "data"); err != nil {
		return nil, err
	}
	if w.Type != "message" {
		return nil, kefu.Invalid("data.type", "webchat push of type %q carries no message", w.Type)
	}
	c := w.Content
	switch {
	case c == nil:
		return nil, kefu.Invalid("data.content", "data.content is missing from the webchat message push")
	case c.MessageID == "":
		return nil, kefu.Invalid("data.content.message_id", "data.content.message_id is missing")
	case c.ConversationID == "":
		return nil, kefu.Invalid("data.content.conversation_id", "data.content.conversation_id is missing")
	}
	m := &ChatMessage{
		ConversationID: string(c.ConversationID),
		MessageID:      string(c.MessageID),
		FromID:         int64(c.FromID),
		FromShopID:     int64(c.FromShopID),
		ToID:           int64(c.ToID),
		FromUserName:   c.FromUserName,
		Type:           c.MessageType,
		URL:            firstOf(c.Content.URL, c.Content.VideoURL),
		OrderSN:        firstOf(c.Content.OrderSN, c.SourceContent.OrderSN),
		Region:         c.Region,
		FromSeller:     c.FromShopID != 0 && int64(c.FromShopID) == p.ShopID,
		CreatedAt:      unixAny(int64(c.Created)),
	}
	if m.CreatedAt.IsZero() {
		m.CreatedAt = p.Timestamp
	}
	m.Content = chatText(c.MessageType, c.Content.Text, m.OrderSN, int64(c.Content.ItemID))
	return m, nil
}

// chatText is the text shown for a message. Text wins whenever Shopee
// sends some (text, image_with_text, translated FAQ answers); otherwise a
// bracketed placeholder names what was sent, with the id that lets an
// agent find it.
func chatText(msgType, text, orderSN string, itemID int64) string {
	// A NUL would make the message unstorable forever (kefu rejects it);
	// it carries nothing a human wrote, so it is dropped here.
	text = strings.TrimSpace(strings.ReplaceAll(text, "\x00", ""))
	if text != "" {
		return text
	}
	switch msgType {
	case "order":
		if orderSN != "" {
			return "[order " + orderSN + "]"
		}
	case "item":
		if itemID != 0 {
			return "[item " + itoa(itemID) + "]"
		}
	case "":
		return "[message]"
	}
	return "[" + kefu.Shorten(strings.ReplaceAll(msgType, "\x00", ""), 40) + "]"
}

// unixAny reads a Unix time in seconds, milliseconds, microseconds or
// nanoseconds: Shopee's chat APIs use seconds in messages but nanoseconds
// in conversation lists, and a wrong guess would date a message in 1970
// or the year 50000.
func unixAny(n int64) time.Time {
	switch {
	case n <= 0:
		return time.Time{}
	case n < 1e11:
		return time.Unix(n, 0).UTC()
	case n < 1e14:
		return time.UnixMilli(n).UTC()
	case n < 1e17:
		return time.UnixMicro(n).UTC()
	}
	return time.Unix(0, n).UTC()
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
