package ingest

import (
	"context"
	"slices"
	"strconv"

	"kefu"
	"kefu/shopee"
)

// ShopeeHandler applies Shopee Open Platform pushes: buyer chat becomes
// one ticket per conversation, order status and tracking pushes update
// orders kefu already has. Other pushes are archived and done.
type ShopeeHandler struct{ Domain Domain }

// shopeeChannel is the channel of Shopee chat tickets and messages.
const shopeeChannel = "shopee_chat"

// Handle applies one push. Chat messages are deduplicated by Shopee's
// message id and order changes compare with what is stored, so a
// redelivered or re-fetched push changes nothing.
func (h ShopeeHandler) Handle(ctx context.Context, ev *Event) error {
	p, err := shopee.DecodePush(ev.Payload)
	if err != nil {
		return err
	}
	switch p.Kind() {
	case shopee.KindChatMessage:
		cm, err := p.ChatMessage()
		if err != nil {
			return err
		}
		return h.chat(ctx, ev, cm)
	case shopee.KindOrderStatus:
		st, err := p.OrderStatus()
		if err != nil {
			return err
		}
		return h.updateOrder(ctx, ev.StoreID, st.OrderSN, func(o *kefu.Order) bool {
			if o.Status == st.Status || st.Status == "" {
				return false
			}
			o.Status = st.Status
			return true
		})
	case shopee.KindTrackingNumber:
		tn, err := p.TrackingNumber()
		if err != nil {
			return err
		}
		return h.updateOrder(ctx, ev.StoreID, tn.OrderSN, func(o *kefu.Order) bool {
			// Shipment has no package key, so a number is added, never
			// swapped for another package's: nothing is lost, at worst an
			// agent sees a superseded number beside the current one.
			if tn.TrackingNo == "" || slices.ContainsFunc(o.Shipments, func(s kefu.Shipment) bool { return s.TrackingNumber == tn.TrackingNo }) {
				return false
			}
			o.Shipments = append(o.Shipments, kefu.Shipment{TrackingNumber: tn.TrackingNo})
			return true
		})
	}
	return nil
}

// chatCaseID finds a conversation's ticket again.
func chatCaseID(conversationID string) string { return "shopee-conv:" + conversationID }

// chat adds a message to its conversation's ticket. A buyer message opens
// the ticket when there is none (or only a closed one); the shop's own
// replies, sent from Seller Centre, only ever join an open ticket.
func (h ShopeeHandler) chat(ctx context.Context, ev *Event, cm *shopee.ChatMessage) error {
	extID := "shopee:msg:" + cm.MessageID
	if seen, err := hasMessage(ctx, h.Domain, ev.StoreID, extID); err != nil || seen {
		return err
	}
	text := cm.Content
	if cm.URL != "" {
		text += "\n" + cm.URL
	}
	if text == "" {
		text = "[" + cm.Type + "]"
	}
	msg := &kefu.Message{Direction: kefu.DirectionInbound, Channel: shopeeChannel, ExternalID: extID,
		AuthorName: clip(cm.FromUserName, kefu.MaxNameLen), Text: clip(text, kefu.MaxBodyLen), CreatedAt: cm.CreatedAt}
	if cm.FromSeller {
		msg.Direction, msg.DeliveryState = kefu.DirectionOutbound, kefu.DeliverySent
	}
	caseID := chatCaseID(cm.ConversationID)
	t, err := h.Domain.FindTicketByCase(ctx, ev.StoreID, caseID)
	if err != nil && !isNotFound(err) {
		return err
	}
	open := err == nil && t.Status != kefu.StatusClosed
	if cm.FromSeller && !open {
		return nil // a reply to nothing kefu tracks
	}
	order, err := findOrder(ctx, h.Domain, ev.StoreID, nil, cm.OrderSN)
	if err != nil {
		return err
	}
	if open {
		if order != nil && t.OrderID == 0 {
			// The buyer named the order later in the chat.
			if _, err := h.Domain.UpdateTicket(ctx, t.ID, kefu.TicketUpdate{OrderID: &order.ID}); err != nil {
				return err
			}
		}
		return addOnce(ctx, h.Domain, t.ID, msg)
	}
	c := &kefu.TicketCreate{StoreID: ev.StoreID, Subject: chatSubject(cm), Channel: shopeeChannel, CaseID: caseID,
		Customer: shopeeBuyer(cm), Message: msg}
	if !cm.CreatedAt.IsZero() {
		c.ReceivedAt = &cm.CreatedAt
	}
	if order != nil {
		c.OrderNumber = order.Number
	}
	_, err = h.Domain.CreateTicket(ctx, c)
	return err
}

// chatSubject is the first line of the buyer's first message: chat has
// no subject, and the opening words say more in an inbox than a name.
func chatSubject(cm *shopee.ChatMessage) string {
	if s := firstLine(cm.Content, 120); s != "" {
		return s
	}
	return "Shopee chat with " + clip(cm.FromUserName, 100)
}

// shopeeBuyer is the buyer by Shopee user id, which never changes, and by
// user name, which order imports and other channels know them by.
func shopeeBuyer(cm *shopee.ChatMessage) *kefu.Customer {
	c := &kefu.Customer{Name: clip(cm.FromUserName, kefu.MaxNameLen)}
	if cm.FromID != 0 {
		c.Identities = append(c.Identities, kefu.Identity{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: strconv.FormatInt(cm.FromID, 10)})
	}
	if cm.FromUserName != "" {
		c.Identities = append(c.Identities, kefu.Identity{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: cm.FromUserName})
	}
	if len(c.Identities) == 0 || c.Validate() != nil {
		return nil
	}
	return c
}

// updateOrder applies change to a stored order and writes it back whole,
// so everything the push does not mention is kept. A push about an order
// kefu does not have is ignored: it carries too little to create one.
func (h ShopeeHandler) updateOrder(ctx context.Context, storeID int64, number string, change func(*kefu.Order) bool) error {
	if number == "" {
		return nil
	}
	orders, err := h.Domain.ListOrders(ctx, kefu.OrderFilter{StoreID: storeID, Number: number, Limit: 1})
	if err != nil || len(orders) == 0 {
		return err
	}
	o := orders[0]
	if !change(o) {
		return nil
	}
	_, err = h.Domain.UpsertOrder(ctx, o)
	return err
}
