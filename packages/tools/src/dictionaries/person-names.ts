/**
 * Data for recognising Chinese person names (姓名) in whole values: common surnames, common
 * given-name characters, and everyday words that look like "surname + given name" but are
 * nouns (hard negatives). A value is a name only when its surname is listed AND every given-
 * name character is a common one — that whitelist is what keeps 成功, 曲轴 or 高报 out.
 */

/**
 * About 400 single-character surnames, most frequent first (公安部户籍统计 order, rounded):
 * they cover well over 95 % of the population.
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔' +
  '向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕' +
  '单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚' +
  '娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池' +
  '查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴' +
  '盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况' +
  '那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';

/** Two-character (compound) surnames: 欧阳, 司马, 诸葛, 上官 … */
export const COMPOUND_SURNAMES: readonly string[] = (
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 ' +
  '令狐 端木 独孤 南宫 西门 轩辕 百里 呼延 万俟 澹台 闻人 申屠 太史 ' +
  '公冶 宗政 濮阳 淳于 单于 钟离 赫连 第五 左丘 东郭'
).split(' ');

/**
 * Characters common in given names (名). Not exhaustive — a column of names still clears the
 * 30 % value threshold when a few rare characters miss — but it rejects the nouns and verbs
 * that start with a surname character (高温, 成功, 文员).
 */
export const GIVEN_NAME_CHARS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉鑫宇浩俊晨婷雪琳欣佳子涵轩博志国海波红玉兰斌鹏飞' +
  '峰亮成凯宁慧颖梅雯晓思诗梓睿阳雨昊天嘉一泽铭萍莉莹菲芬芝芸蓉蕾薇燕鸿鹤凤雁鸣翔腾达远航帆舟洪源江河湖润' +
  '清澄洁淑滢淇潇渊然熙煜炜烨灿焕炎霖露霏雷震霄岩峻嵩山岭岳崇坤城培均垚基堂墨林森松柏杨桐楠栋梁杉树桦枫' +
  '棋楷榕权柯春秋冬夏竹菊云龙虎豪毅坚健康安乐福禄寿喜庆荣贵富金银宝珠珍琴瑶璐瑾瑜琦琪璇丹彤彩倩娇婉婧媛' +
  '妍姗姝妮娅嫣婕姣娥瑞祥德仁义礼智信忠孝诚善良恩惠爱怡悦恒心怀忆念意想聪哲贤雄伦俏宏弘虹光耀煌晖晶景晟' +
  '昌昕昱晗曦昭晴旭旺昆昂晋星东南西北中正大小新永长兴发家和顺利胜全万千百世传承继先立学武彬宾斐力劲勤勋' +
  '君启兵卫保民生友朋舜尧禹汉水泉浪沛沐沁治泰洲淼深溪渝滨漫潮澜瀚冰凌凝萱菁蔚蓓荷莲茜茹莎苗蕊馨香月美娴' +
  '婵颜艺韵音歌梦琼瑛环珊珂玲珏琛瑄璟琰瑗璋玮琨珺振彪威锋铮锐钧铎锦书翰韬诺奕辰宸逸皓依伊若可语之亦苒柠' +
  '茗钰兮初秋芷芊芙蓝青紫碧翠素雅静娟媚婷妙姿姬媛嫚娉贞淑妹芹菡萌萍蓓芮苇荔蓬茵莺鹃鹂黛琬璧瑕璞琳琅瑶' +
  '勇敢毅刚彦斯杉骏驰骁腾鹏鹍鲲鹄宁宇寰宣容宪宽寅宾富察实宝定宜官宏宓宁尚帅希庭康廷延建弘强彦彬德徽' +
  '忠怡恺悦惠慈慧懿成戈扬振挺捷敏文斌新方旭昊昌明昕春晋晓晔晖晨景智曜曼朗朝木本朴杉杰松林枫柏栋桂桐梓' +
  '森楠榆槿樱欢正武毓民永汐江池汝沅沛治泓泳洁洋洛洪津浩海涵淳添清渊湘源溢滔漪澄澈灏炯炫烁焱熠燊琛璟' +
  '甫田甜皓盈真睿瞳石砚磊祥祯祺禾秀秉程穗竣章童笑筠简粲紫红纯素绍维绮缘罗群羽翊翔耀聪肖胤臻舒航良艾' +
  '芝芸苑茂荣莉莎菲萱蒙蓉蔓蕴薇虹蝶融衡西言诗诚谦豪贝贤赫超越轩辉达迪迎进远逸道邦郁醇里金鉴钊钦钰铭锋' +
  '锦镇长闻阳隽雁雍雪霁霆露青靖静韦韩韵顺颂风飒飘飞香馥骞高鸿鹏麒麟黎鼎龙儿';

/**
 * Words shaped like "surname + given name" that are everyday nouns in industrial and business
 * data: shift names, materials, temperatures, directions … Never a person's name in a value.
 */
export const NAME_HARD_NEGATIVES: readonly string[] = (
  '王牌 高温 石墨 金属 黄铜 白班 夜班 常温 高压 高速 高效 高级 高新 ' +
  '高端 高峰期 黄金 白银 白金 石油 石英 金刚 金融 钱包 马达 马力 江山 ' +
  '万一 万能 万向 周末 周期 周转 龙头 关键 关闭 包装 车间 路线 方向 ' +
  '方便 方案 金额 金牌 毛利 毛重 程序 项目 白色 黄色 蓝色 时间 单位 ' +
  '单元 原因 原料 成本 成品 海关 海运 海外 南京 南方 连接 连续 宁波 ' +
  '温州 余额 余量 张力 强度 强化 曲线 左右 东方 明天 明日 海洋 平安 ' +
  '国家 文明 和平 安全 安静 常规 正常 全部 全新 应用 商品 满意 乐观 ' +
  '司机 明细 明星 华夏 华东 华南 华北 华中 华西 东南 西南 西北 东北 ' +
  '中华 中国 国际 国内 国外 国标 石化 金山 高山 江南 江北 江东 海南 ' +
  '海滨 云南 安康 长春 长江 长城 长安 宁夏 新华 和田 甘泉 齐全 欧元 ' +
  '美元 日元 宋体 黑体 楷体 康复 健康 温和 冷却 时光 时尚 毛坯 原始 ' +
  '信息 利润 公司 公里 公斤 公差 计划 支付 都市 门店 花园 区域 位置 ' +
  '那些 云端 来源 展会 展示 智能 富强 和谐 成都 成功 成熟 华为 程度 ' +
  '路由 包括 车辆 钟表 石材 米饭 牛奶 时代 原理 田地 林业 海量 江苏 ' +
  '浙江 湖南 湖北 河南 河北 山东 山西 广东 广西 福建 安徽 江西 贵州 ' +
  '四川 陕西 甘肃 青海 台湾 香港 澳门 北京 天津 上海 重庆 沈阳 大连 ' +
  '青岛 苏州 杭州 深圳 武汉 长沙 西安 郑州'
).split(' ');
