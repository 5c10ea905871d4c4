package classify

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// tradToSimp pairs traditional characters with their simplified forms,
// two runes at a time. It covers the vocabulary of after-sales messages
// (goods, orders, money, shipping, complaints) rather than all of Chinese:
// the aim is that 退貨/退货 and 還沒收到/还没收到 give the same features and
// match the same lexicon entries, whichever script a buyer in Taiwan, Hong
// Kong or Malaysia types in. A character missing here only costs recall.
const tradToSimp = "" +
	"貨货訂订單单發发還还沒没麼么錢钱價价換换運运達达費费帳账賬账額额銀银兩两筆笔誤误錯错壞坏損损" +
	"顏颜號号碼码問问請请謝谢們们個个時时間间為为嗎吗這这說说關关係系與与會会後后來来過过從从買买" +
	"賣卖場场動动寶宝貝贝體体機机電电話话裡里裏里處处辦办應应該该確确認认讓让給给東东幣币匯汇續续" +
	"態态狀状況况網网頁页圖图無无壓压傳传張张樣样貼贴標标籤签簽签遞递郵邮遺遗丟丢質质題题敗败戶户" +
	"複复訴诉檢检舉举報报庫库現现適适規规總总幾几週周遲迟務务員员聯联絡络繫系覆复復复專专門门開开" +
	"啟启啓启區区臺台灣湾線线紅红綠绿藍蓝黃黄長长寬宽輕轻裝装爛烂劃划髒脏舊旧書书顯显實实際际對对" +
	"轉转稅税國国亞亚賓宾變变數数餘余護护協协師师評评負负預预購购蹤踪詢询別别項项進进經经審审諾诺" +
	"鍵键據据證证憑凭詳详細细聽听覺觉氣气錄录層层驗验點点歡欢煩烦幫帮記记寫写讀读誰谁囉啰詐诈騙骗" +
	"糾纠紛纷罰罚賠赔償偿補补減减優优擊击鏈链結结頭头陸陆註注冊册綁绑臨临凍冻異异風风險险條条紋纹" +
	"邊边閃闪響响聲声燈灯腦脑腳脚襪袜褲裤襯衬鏡镜錶表鐘钟鑰钥車车輪轮齒齿鍋锅廚厨壺壶盤盘燒烧熱热" +
	"涼凉溫温濕湿乾干淨净潔洁膚肤髮发麵面餅饼飯饭醫医藥药療疗衛卫紙纸膠胶帶带繩绳釦扣鈕钮鑽钻鋼钢" +
	"鐵铁銅铜鋁铝塊块隻只雙双組组櫃柜櫥橱鎖锁須须趕赶緊紧簡简當当夠够離离將将約约則则誠诚懇恳盡尽" +
	"種种滿满寧宁齊齐計计識识類类準准業业產产廠厂於于並并兒儿萬万億亿圓圆華华製制倉仓儲储輸输臉脸" +
	"紀纪邏逻輯辑選选擇择贈赠禮礼歸归彈弹頻频漲涨貴贵著着誌志讚赞覽览鬧闹設设裡里壽寿節节慶庆貸贷" +
	"搶抢攤摊擔担撥拨擬拟揀拣擴扩殺杀悶闷懷怀憤愤慮虑償偿寢寝嚴严墊垫壯壮夢梦奪夺婦妇屆届屬属峽峡" +
	"廣广彎弯徵征恥耻惡恶惱恼慣惯戲戏拋抛掃扫揚扬換换損损擺摆攜携敵敌斷断晉晋曉晓暫暂權权橋桥歷历" +
	"殘残毀毁淚泪溝沟滅灭漁渔潛潜灘滩爭争牆墙獎奖瑣琐療疗盜盗睜睁礙碍禍祸稱称穩稳窮穷競竞筆笔範范" +
	"糧粮緩缓織织罷罢羅罗聞闻膽胆艱艰莊庄蘇苏號号蟲虫衝冲補补襲袭覓觅觸触訊讯託托設设詞词試试詩诗" +
	"誇夸說说調调談谈謂谓譯译議议豐丰賓宾賴赖趙赵躍跃軟软載载輔辅轄辖辭辞遙遥適适鄰邻釋释鋪铺錄录" +
	"錦锦鎮镇鏟铲閉闭閱阅隊队陰阴陽阳隨随險险雜杂雞鸡離离難难靈灵韓韩順顺須须領领頻频顧顾飛飞飾饰" +
	"飽饱館馆馬马驅驱驗验骯肮鬆松魚鱼鳥鸟麥麦齡龄龍龙"

// simpTable maps each traditional rune of tradToSimp to its simplified rune.
var simpTable = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, utf8.RuneCountInString(tradToSimp)/2)
	rs := []rune(tradToSimp)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
})

// toSimplified maps the traditional characters of s to simplified ones.
// Text without any character from the table is returned as is.
func toSimplified(s string) string {
	t := simpTable()
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x3400 {
			if _, ok := t[r]; ok {
				break
			}
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r >= 0x3400 {
			if x, ok := t[r]; ok {
				r = x
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}
