import type { EmergencyKind } from '../../knowledge/routing/emergency';
import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Chinese (Simplified and Traditional, with Cantonese), Korean, Vietnamese (with and without
// diacritics), Thai and Nepali (Devanagari and romanized): someone about to take their life (on a
// roof, a bridge or the tracks with a farewell, a rope or pills at hand, an overdose already taken,
// a friend or brother who says so), and someone trapped (a car in a river with the doors shut, a
// child down a manhole or a ditch, a worker under soil, a leg pinned under a shelf, shut in a cold
// store, hurt and lost in the mountains). Beside them, the everyday messages with the same words —
// a phone dropped in a drain, keys locked in the car, "dying of heat", a stuck application, a
// question asked in advance — that must not raise the alarm.

const emergencies: Record<string, Array<[string, EmergencyKind]>> = {
  'zh-Hans': [
    ['我现在在楼顶 对不起爸妈', 'suicide'],
    ['人在桥上了 再见', 'suicide'],
    ['我弟拿着绳子 说要去死', 'suicide'],
    ['刚把一整瓶安眠药都吞了 对不起', 'suicide'],
    ['我朋友发消息说吃了一瓶安眠药 现在联系不上', 'suicide'],
    ['站在铁轨上等火车来撞', 'suicide'],
    ['刀片准备好了 别找我', 'suicide'],
    ['已经吃了几十片药 好困', 'suicide'],
    ['我在月台边 车来了就跳', 'suicide'],
    ['车掉进河里了 车门打不开 水一直进来', 'trapped'],
    ['孩子掉进下水道 爬不上来', 'trapped'],
    ['工地塌方 有个工人被土埋了', 'trapped'],
    ['山体滑坡把房子冲垮了 奶奶还在里面', 'trapped'],
    ['货架倒了 压住了我的腿 拔不出来', 'trapped'],
    ['被锁在冷库里了 好冷 救命', 'trapped'],
    ['在仓库里被关了 门从外面锁了 出不去', 'trapped'],
    ['爬山迷路了 脚受伤动不了 天快黑了', 'trapped'],
  ],
  'zh-Hant': [
    ['我現在在頂樓 對不起大家', 'suicide'],
    ['朋友說他在橋上 想不開', 'suicide'],
    ['哥哥拿著繩子說要去死', 'suicide'],
    ['剛剛吞了一整瓶安眠藥 對不起', 'suicide'],
    ['我妹吃了幾十顆藥 叫她都不太醒', 'suicide'],
    ['我而家喺天台 拜拜喇', 'suicide'],
    ['食晒啲藥 對唔住', 'suicide'],
    ['車子衝進河裡 車門打不開', 'trapped'],
    ['小孩掉進水溝 爬不上來', 'trapped'],
    ['工人被土埋住了', 'trapped'],
    ['土石流把房子沖垮了 阿嬤還在裡面', 'trapped'],
    ['架子倒下來 壓住了我的腿', 'trapped'],
    ['被鎖在冷凍庫裡 出不去', 'trapped'],
    ['爬山迷路 腳受傷動不了 天快黑了', 'trapped'],
  ],
  ko: [
    ['지금 옥상이에요 엄마 미안해', 'suicide'],
    ['한강 다리 위에 서 있어요 다들 잘 있어', 'suicide'],
    ['수면제 한 통 다 먹었어요 죄송해요', 'suicide'],
    ['친구가 카톡으로 작별 인사 보내고 전화를 안 받아요', 'suicide'],
    ['동생이 밧줄 들고 죽는다고 해요', 'suicide'],
    ['선로 앞에 있어 열차 오면 끝낼게', 'suicide'],
    ['약을 한 움큼 삼켰어', 'suicide'],
    ['차가 강에 빠졌는데 문이 안 열려요', 'trapped'],
    ['아이가 맨홀에 빠졌어요 못 올라와요', 'trapped'],
    ['도랑에 떨어져서 못 올라오고 있어요 할아버지가', 'trapped'],
    ['공사장에서 흙이 무너져서 사람이 묻혔어요', 'trapped'],
    ['창고 문이 잠겨서 못 나가요', 'trapped'],
    ['등산하다 다리 다쳐서 못 움직여요 해 지고 있음', 'trapped'],
    ['기계에 팔이 끼었어요', 'trapped'],
  ],
  vi: [
    ['em đang đứng trên cầu, xin lỗi bố mẹ', 'suicide'],
    ['em dang o tren san thuong, tam biet moi nguoi', 'suicide'],
    ['bạn em nhắn tin tạm biệt rồi tắt máy', 'suicide'],
    ['em trai em cầm dây thừng đòi chết', 'suicide'],
    ['em uống cả lọ thuốc ngủ rồi', 'suicide'],
    ['em uong ca lo thuoc ngu roi', 'suicide'],
    ['toi dang nam tren duong ray cho tau toi', 'suicide'],
    ['xe em lao xuống mương, cửa không mở được', 'trapped'],
    ['xe roi xuong kenh, nuoc tran vao xe, khong mo duoc cua', 'trapped'],
    ['con em té xuống cống không leo lên được', 'trapped'],
    ['ong em nga xuong ho ga khong leo len duoc', 'trapped'],
    ['công nhân bị đất vùi ở công trường', 'trapped'],
    ['sạt lở đất, nhà sập, bà còn ở trong', 'trapped'],
    ['kệ đổ đè lên chân em không rút ra được', 'trapped'],
    ['leo núi bị lạc, chân bị thương không đi được, trời tối rồi', 'trapped'],
  ],
  th: [
    ['ตอนนี้อยู่บนดาดฟ้า ขอโทษพ่อกับแม่นะ', 'suicide'],
    ['ยืนอยู่บนสะพานแล้ว ลาก่อน', 'suicide'],
    ['กินยานอนหลับไปทั้งขวดแล้ว', 'suicide'],
    ['น้องชายถือเชือกบอกว่าจะตาย', 'suicide'],
    ['แฟนส่งข้อความบอกลาแล้วปิดเครื่อง', 'suicide'],
    ['กลืนยาแก้ปวดไปหลายสิบเม็ด', 'suicide'],
    ['นอนบนรางรถไฟอยู่ ขอโทษทุกคน', 'suicide'],
    ['รถตกคลอง เปิดประตูไม่ได้ น้ำเข้ามาเรื่อยๆ', 'trapped'],
    ['ลูกตกท่อระบายน้ำ ปีนขึ้นมาไม่ได้', 'trapped'],
    ['ยายพลัดตกบ่อ ขึ้นมาไม่ได้', 'trapped'],
    ['คนงานโดนดินทับที่ไซต์ก่อสร้าง', 'trapped'],
    ['ดินถล่มบ้านพัง ยายยังอยู่ข้างใน', 'trapped'],
    ['ติดอยู่ในห้องเย็นที่โรงงาน ประตูเปิดจากข้างในไม่ได้', 'trapped'],
    ['เดินป่าหลงทาง ขาเจ็บเดินไม่ได้ มืดแล้ว', 'trapped'],
  ],
  ne: [
    ['ma chhat ma chu, maaf garidinu aama', 'suicide'],
    ['भाइ डोरी लिएर मर्छु भन्दै छ', 'suicide'],
    ['मैले सबै औषधि खाएँ, माफ गर्नुहोस्', 'suicide'],
    ['ma pul mathi chu, antim patak phone gareko', 'suicide'],
    ['निद्राको औषधि पूरै बोतल खाएँ', 'suicide'],
    ['मैले विष खाएँ, आमालाई माफ गरिदिनु भन्नू', 'suicide'],
    ['रेलको लाइनमा सुतेको छु', 'suicide'],
    ['पुलमा एक जना हाम फाल्न लागेको छ', 'suicide'],
    ['गाडी खोलामा खस्यो, ढोका खुल्दैन', 'trapped'],
    ['gadi kholama khasyo, dhoka khuldaina', 'trapped'],
    ['बच्चा खाल्डोमा खस्यो, माथि आउन सकेन', 'trapped'],
    ['buwa inar ma khasyo, mathi auna sakdaina', 'trapped'],
    ['दराज खसेर खुट्टा थिचियो, निकाल्न सकिन', 'trapped'],
    ['pahad ma bato harayo, sathi hidna sakdaina', 'trapped'],
    ['कामदार माटोले पुर्यो', 'trapped'],
  ],
};

const nearMisses: Record<string, string[]> = {
  'zh-Hans': [
    '手机掉进河里了 怎么办理补卡',
    '钥匙掉进下水道了 拿不出来 找谁',
    '钥匙锁在车里了 门打不开 找谁开锁',
    '签证结果一直出不来 怎么办',
    '笑死我了 这个表格填得我要死',
    '卡在申请的第三步了 系统一直报错',
    '安眠药可以在药店买吗 需要处方吗',
    '感冒药吃完了 附近哪里有药店',
    '周末想去天台看烟花 几点开始',
    '心里像压着一块石头 想找人聊聊',
    '明天要跳广场舞 公园可以用吗',
    '去年我朋友在桥上想不开 现在好了 有什么心理咨询',
  ],
  'zh-Hant': [
    '鑰匙鎖在車裡了 門打不開 怎麼辦',
    '手機掉進水溝 可以補辦嗎',
    '簽證結果一直出不來',
    '無聊到快死了 週末有什麼活動',
    '卡在申請的第三步',
    '安眠藥需要處方嗎',
    '天台可以曬被子嗎',
    '帳號被鎖住了 怎麼解鎖',
  ],
  ko: [
    '열쇠를 차 안에 두고 문이 잠겼어요 어떡해요',
    '열쇠가 하수구에 빠졌는데 못 꺼내요',
    '시험에 떨어졌어요 재시험 신청 어디서 해요',
    '살이 빠졌어요 건강검진 어디서 받아요',
    '더워 죽겠다 ㅋㅋ 수영장 어디 있어요',
    '옥상 난간이 낮아서 위험해요 어디에 신고해요',
    '신발이 끼어서 발이 아파요',
    '회사에 오늘 못 나와요',
    '미안합니다 승강장이 어디예요',
    '작년에 산에서 길을 잃었는데 보험 되나요',
    '게임 중독에서 못 빠져나와요 상담하고 싶어요',
    '번개탄 피우는 법 캠핑',
  ],
  vi: [
    'em bị kẹt xe trên đường về, trễ hẹn làm giấy tờ',
    'chìa khóa để trong xe, không mở được cửa xe, gọi ai',
    'điện thoại rơi xuống cống rồi, làm lại sim ở đâu',
    'tôi không muốn sống ở đây nữa, muốn chuyển nhà',
    'mệt muốn chết, tòa thị chính mở cửa mấy giờ',
    'tàu đến sân ga mấy giờ',
    'mua thuốc ngủ có cần đơn không',
    'thuốc uống hết rồi, tái khám ở đâu',
    'nếu bị kẹt trong thang máy thì làm gì',
    'năm ngoái xe tôi rơi xuống mương, bảo hiểm có trả không',
    'muốn nhảy xuống hồ bơi công cộng có được không',
  ],
  th: [
    'รถติดมาก ติดอยู่ในรถมาชั่วโมงแล้ว ไปอำเภอไม่ทัน',
    'ลืมกุญแจไว้ในรถ เปิดประตูรถไม่ได้ ทำยังไง',
    'มือถือตกท่อ จะขอซิมใหม่ที่ไหน',
    'ร้อนจะตายแล้ว 555 มีที่พักหลบร้อนฟรีไหม',
    'ต้องกินยาให้หมดทั้งแผงไหม',
    'หน้าเว็บขึ้นมาไม่ได้ ลงทะเบียนยังไง',
    'อยากไปดาดฟ้าดูพลุ ขึ้นได้กี่โมง',
    'ติดอยู่ที่ขั้นตอนที่ 3 ของใบสมัคร',
    'จะกระโดดลงสระว่ายน้ำเทศบาลได้ไหม',
    'ถ้าติดอยู่ในลิฟต์ต้องโทรเบอร์ไหน',
    'ถ่านรีโมทหมด ทิ้งถ่านที่ไหน',
  ],
  ne: [
    'मेरो फोन खोलामा खस्यो, नयाँ सिम कहाँ पाउने',
    'डाक्टरले दिएको सबै औषधि खाएँ तर निको भएन, कुन अस्पताल जाने',
    'traffic jam ma gadi ma phase, office ma late',
    'account lock bhayo, kasari kholne',
    'छतमा फोहोर फाल्न मिल्छ?',
    'bhok le marna lagyo, najik ko restaurant',
    'पानी बचाउने उपाय के हो',
    'यदि लिफ्टमा फसें भने के गर्ने',
    'ghar ko bato harayo, pahad tira ko bus kaha',
  ],
};

describe.each(Object.keys(emergencies))('%s: taking one’s life or trapped, now', (locale) => {
  it.each(emergencies[locale]!)('"%s" → %s', (text, kind) => {
    expect(detector.detect(text)?.kind).toBe(kind);
  });
});

describe.each(Object.keys(nearMisses))('%s: the same words in an everyday message', (locale) => {
  it.each(nearMisses[locale]!)('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
