package storage_test

import (
	"testing"

	"kefu"
	"kefu/storage"
)

func TestReplies_SupervisorsWriteAgentsUseWithinTheirStores(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		us := mustCreateStore(t, db, "us", "amazon", "USD")
		my := mustCreateStore(t, db, "my", "shopee", "MYR")
		sup := mustCreateUser(t, db, "sup@example.com", kefu.RoleSupervisor)
		agent := mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent, us.ID)

		all := &kefu.SavedReply{Name: "Tracking", Language: "en", Body: "Hi {{buyer_name}}, your parcel: {{tracking_link}}"}
		must(t, db.CreateReply(userCtx(t, sup), all), "CreateReply")
		mine := &kefu.SavedReply{Name: "物流", Language: "zh", StoreID: us.ID, Body: "您好，订单 {{order_number}} 已发货。"}
		must(t, db.CreateReply(userCtx(t, sup), mine), "CreateReply")
		hidden := &kefu.SavedReply{Name: "Shopee only", Language: "en", StoreID: my.ID, Body: "Terima kasih"}
		must(t, db.CreateReply(userCtx(t, sup), hidden), "CreateReply")

		wantCode(t, db.CreateReply(userCtx(t, agent), &kefu.SavedReply{Name: "x", Language: "en", Body: "x"}), kefu.EFORBIDDEN)
		wantInvalid(t, db.CreateReply(userCtx(t, sup), &kefu.SavedReply{Name: "x", Language: "en", Body: "{{password}}"}), "body")
		wantInvalid(t, db.CreateReply(userCtx(t, sup), &kefu.SavedReply{Name: "x", Language: "en", Body: "x", StoreID: 999}), "store_id")

		list, err := db.ListReplies(userCtx(t, agent), kefu.ReplyFilter{})
		must(t, err, "ListReplies")
		if len(list) != 2 {
			t.Errorf("agent sees %d replies, want 2 (not the other store's)", len(list))
		}
		list, err = db.ListReplies(userCtx(t, agent), kefu.ReplyFilter{StoreID: us.ID, Language: "zh"})
		must(t, err, "ListReplies")
		if len(list) != 1 || list[0].ID != mine.ID {
			t.Errorf("ListReplies(us, zh) = %+v", list)
		}
		_, err = db.FindReply(userCtx(t, agent), hidden.ID)
		wantCode(t, err, kefu.ENOTFOUND)

		mine.Body = "您好 {{buyer_name}}"
		must(t, db.UpdateReply(userCtx(t, sup), mine), "UpdateReply")
		got, err := db.FindReply(userCtx(t, agent), mine.ID)
		must(t, err, "FindReply")
		if got.Body != mine.Body || got.StoreID != us.ID {
			t.Errorf("FindReply = %+v", got)
		}
		must(t, db.DeleteReply(userCtx(t, sup), mine.ID), "DeleteReply")
		wantCode(t, db.DeleteReply(userCtx(t, sup), mine.ID), kefu.ENOTFOUND)
	})
}
