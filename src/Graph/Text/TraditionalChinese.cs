namespace DutyGraph.Graph.Text;

/// <summary>
/// Common traditional characters and their simplified forms (a question typed on a Hong
/// Kong or Taiwan keyboard, an old document): a cheap table of the frequent ones, not a
/// full conversion.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "國們會東業處罰檢證號營衛環廳資開關發電車貨費價醫藥農漁獵據場廣圖書學機構議論說請問題與為無長門間見親總經濟產質蟲飯館飲買賣錢銀個來時後裡這還點讓給從對過當變邊鄉鎮縣區築夠歲傷療險護養殘兒婦離殯寵貓聲氣汙髒亂運輸駕駛違規撈獲網絡購騙詐稅務勞動討訴訟調災礦採樹燒煙廢棄熱壓線燈橋隊員權責辦單歸屬條紀錄應戶補貼遺獎勵審許設計劃歷碼雙腦認識講讀寫聽樂藝術師將軍擊戰獸語譯華愛壞滿準備寬豐雲風飛龍馬魚鳥雞鴨豬蘭麗葉樓層麵擁擠塊導遞園團體傳輛鐵鋼鍋閉鬧噸濕漲減滅爐犧狀獨畫盜盡監盤確禮禍種穩窮競筆簽糧級紅約紙組細終結絕統綠維緊編練績繳聯職臟藍蝦覺觀誤課誰諮負貧販貴貸賠賬趕跡軟較輕輪連進遠適選鄰釋錯鍵閱陽陰隨隱雜靜頁頂項順須預領頭頻額駐驗髮鬥鮮麥黃齊塵壩奪嬰孫寧實寶專尋屆幣廁廚彈徵憂懷戲擔攝斷曉暫棟標樣歡殺毀決沒淨淺測湯溝漿澆濱灣燙爭牆獄現畢異眾礙稱竊範糾紛綜縮羅聞膚興舉莊萬蕩薦虧衝製複襲觸訂記訪詞試詳誠諾謝豎貢貿賦賴趨軌轉辭遊達遷郵釣銷鋪鎖鐘閒闊闖階際隻霧靈響頓顧飄飾餘騎驚鬆鬱鳳鵝鹽黨齡倉僱債傢優儲勢協廠嚴嘩壟奧屍廈彎惡慶態憲擾攤撥擴擺敗數斂暈棲橫氾潔濫瀝爛牽猶獻瑣癱盧禿穀窩竄糞紮絆綁綫緝縱繪罈聳腫膠艙蒼蓋薑虛裝謊譴貪賭贓躍輔醞釀鉛鍊鑑閘陸韌頸颱飆餵饑駭驅鬍鹵麼黴";
    private const string Simplified = "国们会东业处罚检证号营卫环厅资开关发电车货费价医药农渔猎据场广图书学机构议论说请问题与为无长门间见亲总经济产质虫饭馆饮买卖钱银个来时后里这还点让给从对过当变边乡镇县区筑够岁伤疗险护养残儿妇离殡宠猫声气污脏乱运输驾驶违规捞获网络购骗诈税务劳动讨诉讼调灾矿采树烧烟废弃热压线灯桥队员权责办单归属条纪录应户补贴遗奖励审许设计划历码双脑认识讲读写听乐艺术师将军击战兽语译华爱坏满准备宽丰云风飞龙马鱼鸟鸡鸭猪兰丽叶楼层面拥挤块导递园团体传辆铁钢锅闭闹吨湿涨减灭炉牺状独画盗尽监盘确礼祸种稳穷竞笔签粮级红约纸组细终结绝统绿维紧编练绩缴联职脏蓝虾觉观误课谁咨负贫贩贵贷赔账赶迹软较轻轮连进远适选邻释错键阅阳阴随隐杂静页顶项顺须预领头频额驻验发斗鲜麦黄齐尘坝夺婴孙宁实宝专寻届币厕厨弹征忧怀戏担摄断晓暂栋标样欢杀毁决没净浅测汤沟浆浇滨湾烫争墙狱现毕异众碍称窃范纠纷综缩罗闻肤兴举庄万荡荐亏冲制复袭触订记访词试详诚诺谢竖贡贸赋赖趋轨转辞游达迁邮钓销铺锁钟闲阔闯阶际只雾灵响顿顾飘饰余骑惊松郁凤鹅盐党龄仓雇债家优储势协厂严哗垄奥尸厦弯恶庆态宪扰摊拨扩摆败数敛晕栖横泛洁滥沥烂牵犹献琐瘫卢秃谷窝窜粪扎绊绑线缉纵绘坛耸肿胶舱苍盖姜虚装谎谴贪赌赃跃辅酝酿铅炼鉴闸陆韧颈台飙喂饥骇驱胡卤么霉";

    private static readonly Dictionary<char, char> Table = Build();

    public static char Simplify(char c) => c < '\u4E00' ? c : Table.GetValueOrDefault(c, c);

    private static Dictionary<char, char> Build()
    {
        var table = new Dictionary<char, char>(Traditional.Length);
        for (var i = 0; i < Traditional.Length; i++)
        {
            table[Traditional[i]] = Simplified[i];
        }
        return table;
    }
}
