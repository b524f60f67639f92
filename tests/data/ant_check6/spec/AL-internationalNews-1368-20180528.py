DOC = "AL-internationalNews-1368-20180528"
ORG = dict(speaker="منظمة النزاهة الرياضية", type="institution", side="other")
FUL = dict(speaker="جيمى فولر", type="person", side="other")
QUOTES = [
    dict(kind="indirect", text='إطلاق مبادرة لمكافحة الفساد في الاتحاد الدولي لكرة القدم "فيفا"', sp="منظمة النزاهة الرياضية",
         cue="أعلنت", complement="nominal", borderline=True,
         notes="أعلن + an act (launch of an initiative): event announcement, borderline; the acronym gloss \"فيفا\" stays in the span "
               "(trailing gloss, the writer's marks, so not mixed); the writer's حيث سيتطرق مؤتمر ... left out", **ORG),
    dict(kind="mixed", text='المنظمة ستبذل أقصى الجهد لدعم وتجذير مبدأ النزاهة في الرياضة، وذلك عبر الكشف عن الفساد والرشاوى والممارسات غير الأخلاقية، وتقديم المشتبه بارتكابهم لنشاطات مخالفة للقوانين واللوائح إلى العدالة"',
         sp="جيمى فولر، رئيس مجلس إدارة منظمة النزاهة الرياضية", cue="وأوضح", complement="quote", unbalanced=True,
         fragments=["المنظمة ستبذل أقصى الجهد لدعم وتجذير مبدأ النزاهة في الرياضة، وذلك عبر الكشف عن الفساد والرشاوى والممارسات غير الأخلاقية، وتقديم المشتبه بارتكابهم لنشاطات مخالفة للقوانين واللوائح إلى العدالة"],
         notes="a closing mark with no opening mark after أن: read as a fully quoted complement (guidelines hard case 1), "
               "the reader-assigned fragment starts at المنظمة (alternative: indirect); channel في بيان له left out", **FUL),
    dict(kind="direct", text="سيتطرق مؤتمر الافتتاح إلى ثقافة الفساد المستشرية في الفيفا مع تقديم أمثلة تتصل بتنظيم بطولة كأس العالم، كما سيستعرض الضريبة البشرية وانتهاكات حقوق الإنسان التي تحدث نتيجة فساد الفيفا، ويختتم أعماله بتقديم مقترحات عملية لإنهاء الفساد وتحقيق إصلاح جذري في الفيفا",
         sp="فولر", cue="وأضاف", complement="quote", **FUL),
    dict(kind="direct", text="نريد أن نُعيد البراءة والتنافس الشريف إلى الرياضة الأكثر جماهيرية، ونسعى لإحلال الشفافية والنزاهة بدلا من الفساد الذي نال من شعبية كرة القدم، ولوضع الفيفا أمام المسار القانوني الذي سيعالج إخفاقاتها وتجاوزاتها",
         sp="فولر", cue="واختتم", complement="quote", notes="واختتم فولر بيانه بالقول: (noun cue القول under اختتم)", **FUL),
]
NON_QUOTES = [
    dict(text="النزاهة بين الرياضة والسياسة", reason="conference title (تحت عنوان), not speech"),
]
NUMBERS = [
    dict(surface="31 مايو الجاري", kind="date", value="XXXX-05-31", resolved="2018-05-31",
         note="في 31 مايو الجاري (في out); الجاري = current month"),
]
