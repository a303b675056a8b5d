/**
 * Korean text of every check's messages, by check id and message id, beside the English in each check's meta;
 * test/checks/finding-messages-ko.test.ts keeps the two in step (every id in both, the same {{placeholders}}).
 */
export const FINDING_MESSAGES_KO: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "direction-controls": {
    control: "{{path}}의 {{position}}번째 글자에 보이지 않는 방향 제어 문자 {{codePoint|이/가}} 있습니다. 서류에서는 점검한 것과 다른 순서로 보이게 됩니다. 이 문자 없이 다시 입력하십시오(웹 페이지나 메신저에서 복사할 때 흔히 들어옵니다).",
  },
  "document-validity": {
    expired: "{{title}}({{kind}}) 서류는 {{issueDate}}에 발급되어 {{months}}개월 동안 유효하므로 {{expires}}에 만료되며, 이는 신청 예정일 {{date}} 이전입니다. {{freshAfter}} 이후에 새로 발급받으십시오.",
    expiredPrinted: "{{title|은/는}} 신청 예정일 {{date}}보다 앞선 {{validUntil}}에 만료됩니다.",
    expiresSoon: "{{title|은/는}} 신청 예정일 {{date|으로/로}}부터 {{days}}일 뒤인 {{expires}}에 만료됩니다. 신청이 늦어지면 효력이 없어집니다.",
    notLegalised: "{{title|은/는}} 외국에서 발급되었는데 아포스티유나 영사 확인이 없습니다. 출입국관서는 이를 요구합니다({{note}}).",
    issuedAfterFiling: "{{title}}의 발급일 {{issueDate|이/가}} 신청 예정일 {{date}}보다 늦습니다. 두 날짜를 확인하십시오.",
    guaranteeShorterThanContract: "신원보증서는 {{expires}}까지이지만 근로계약은 {{contractEnd}}까지입니다. 체류 허가는 보증 기간을 넘을 수 없습니다.",
  },
  "duties-excluded-role": {
    excludedUseCode: "직무 내용이 \"{{role}}\"({{roleKo}}) 직무로 읽히는데, 카탈로그는 이 직무를 {{selectedCode}} {{selectedName}}에서 제외합니다(\"해당 직종 아님\": {{reason}}). 근무 시간의 {{share}}%가 이 직무로 읽힙니다. 이 직무는 {{useCode}} {{useName}}에 속하므로, 실제 직무라면 그 코드로 신청하고, 아니라면 {{selectedCode}}의 핵심 업무가 드러나도록 직무를 다시 쓰십시오.",
    excludedNoCode: "직무 내용이 \"{{role}}\"({{roleKo}}) 직무로 읽히는데, 카탈로그는 이 직무를 {{selectedCode}} {{selectedName}}에서 제외합니다(\"해당 직종 아님\": {{reason}}). 근무 시간의 {{share}}%가 이 직무로 읽힙니다. 카탈로그에는 이 직무의 E-7 코드가 없어 E-7 직종이 아닙니다. 실제 직무가 {{selectedCode}}의 핵심 업무라면 그것이 드러나도록 직무를 다시 쓰십시오.",
  },
  "duties-fit-code": {
    languagesDisagree: "{{language}} 직무 내용은 {{bestCode}} {{bestName}}(근무 시간의 {{bestShare}}%)에 해당하지만, {{primary}} 직무 내용은 {{selectedCode}} {{selectedName}}에 들어맞습니다. 두 언어의 직무는 같아야 하므로 {{language}} 직무 내용을 고치십시오.",
    mismatch: "직무 내용은 {{selectedCode}} {{selectedName|이/가}} 아니라 {{bestCode}} {{bestName}}에 해당합니다. 근무 시간의 {{bestShare}}%가 {{bestCode|으로/로}}, {{selectedShare}}%가 {{selectedCode|으로/로}} 읽힙니다. {{bestCode|으로/로}} 신청하거나, 실제 직무가 {{selectedName}}에 해당한다면 직무 내용을 다시 쓰십시오.",
    ambiguous: "직무 내용이 {{selectedCode}} {{selectedName|와/과}} {{rivalCode}} {{rivalName}}에 비슷하게 들어맞습니다. 다음 질문에 {{selectedCode}} 쪽으로 답하도록 직무를 쓰십시오: {{question}}",
    unsupported: "직무 내용에 {{selectedCode}} {{selectedName}} 직종(또는 어느 직종이든)을 뒷받침할 구체적인 근거가 부족합니다. 무엇을 만들고 분석하거나 판매하는지, 누구를 위해, 어떤 도구로 하는지 적으십시오.",
  },
  "employer-size-and-ratio": {
    tooFewKoreans: "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다. 주로 국내 시장을 대상으로 하는 업체가 {{code}} 심사 기준으로 E-7 근로자를 초청하려면 최소 {{minimum}}명이 필요합니다.",
    tooFewKoreansExport: "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다(최소 {{minimum}}명 기대). 불허 기준은 주로 국내 시장을 대상으로 하는 업체에 적용되므로 수출이나 해외 사업을 보여 줄 준비를 하십시오.",
    sizeWaived: "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다. {{exception}} 예외로 {{until}}까지 규모 기준이 면제됩니다: {{note}}",
    ratioExceeded: "이번 채용으로 비율 산정 대상 외국인 근로자가 {{after}}명({{statuses}})이 되어 내국인 피보험자 {{koreans}}명 대비 {{afterPercent}}%가 됩니다. 한도는 {{percent}}%({{allowed}}명)입니다{{basis}}.",
    notApplicable: "{{code}} {{name|은/는}} 국민고용 보호 심사 대상이 아닌 E-7-1 전문인력이므로 업체 규모와 고용 비율 기준은 적용되지 않습니다(임금 기준만 적용됩니다).",
  },
  "generic-duties": {
    generic: "{{index}}번 직무(\"{{text}}\", 근무 시간의 {{share}}%)는 너무 막연해서 분류할 수 없습니다. 무엇을 만들고 분석하거나 처리하는지, 누구를 위해, 어떤 도구로 하는지 해당 직종의 직무 표현으로 적으십시오.",
  },
  qualification: {
    notMet: "외국인은 어느 자격 요건 경로도 충족하지 않습니다. 관련 석사: 없음, 관련 학사: {{bachelor}}, 학위 취득 후 관련 경력 {{yearsAfterDegree}}년(필요 {{bachelorPlusYears}}년), 전체 관련 경력 {{totalYears}}년(필요 {{experienceOnlyYears}}년). 예외(세계 우수 대학, 국내 학위, 고소득)는 증빙이 필요합니다.",
    experienceOnlyBarred: "{{code}} {{name|은/는}} 경력만으로 자격을 인정하지 않으며, 외국인에게는 관련 학위 경로가 없습니다: {{note}}",
    ownRule: "{{code}} {{name}}에는 별도의 자격 기준이 있으니 함께 확인하십시오: {{note}}",
    minYears: "{{code}} {{name|은/는}} 관련 경력 {{minYears}}년을 요구하지만, 외국인의 경력은 {{totalYears}}년입니다.",
    koreanDegree: "외국인은 국내 학사 이상 학위를 가지고 있어 전공과 관계없이 학력 요건을 충족합니다(사이버대학·원격대학 제외).",
  },
  reapplication: {
    sameCodeSameDuties: "이전 신청은 {{priorCode}}({{priorName}}) 직종으로 접수되었고 직무가 지금과 {{similarity}}% 같으며, 이번에도 같은 직종으로 신청합니다. 같은 서류로는 같은 결과를 받게 됩니다({{reasons}}). 불허 사유에서 지적한 점을 바꾸십시오.",
    nothingChanged: "priorApplication.whatChanged가 비어 있습니다. {{decision}} 처리된 신청과 무엇이 달라졌는지 적으십시오.",
    codeChanged: "직종 코드가 {{priorCode}}({{priorLabel}}, {{priorEdition}} 목록)에서 {{code}}({{label}}) 코드로 바뀝니다. 설명서에서 이 직무에 {{code|이/가}} 맞는 이유를 설명하고 각 사유에 답해야 합니다: {{reasons}}.",
    renumbered: "{{priorCode}}({{priorEdition}} 목록) 코드는 {{code}} {{name}}의 이전 번호입니다. 설명서에서 직종은 그대로이고 번호만 바뀌었다고 밝히십시오.",
    priorCodeUnknown: "priorApplication.codeFiled {{priorCode|은/는}} {{priorEdition}} 목록(또는 다른 목록)의 코드가 아닙니다. 이전 접수증을 확인하십시오.",
    noPriorDuties: "직무 변화를 측정할 수 있도록 priorApplication.duties(이전에 신청한 직무)를 추가하십시오.",
  },
  "reasons-answered": {
    unanswered:
      "통지서의 사유 {{number}}({{category}})에 대응하는 변경 내용이 이번 신청에 없습니다: \"{{reason}}\". 사유가 지적한 점(직종 코드, 직무, 임금, 서류)을 바꾸고 그 변경을 priorApplication.whatChanged에 적으십시오.",
  },
  "salary-floor": {
    belowFloor: "연봉 {{salary}}원은 {{date}} 신청 기준 {{subtype}} 임금 하한 {{floor}}원보다 낮습니다({{period}}, {{periodSource}}). 최소 {{gap}}원 올리십시오.",
    belowOccupationFloor: "연봉 {{salary}}원은 {{code|이/가}} 요구하는 {{floor}}원보다 낮습니다: {{note}} ({{ruleSource}})",
    staleNotice: "{{date|을/를}} 포함하는 임금 고시가 없어 {{validTo}}까지 적용된 최신 고시({{period}})를 사용했습니다. 새해 법무부 고시를 확인하십시오.",
    noNotice: "{{date|을/를}} 포함하는 임금 고시가 없습니다. {{subtype}}의 임금 하한을 법무부에 확인하십시오.",
    occupationNote: "{{code}}에는 별도의 임금 기준이 있습니다: {{note}}",
  },
  "shares-sum": {
    notHundred: "직무 비중의 합계가 100%가 아니라 {{sum}}%입니다. {{advice}}",
  },
  "split-duties": {
    split: "직무가 {{codeA}} {{nameA}}({{weightA}}%) 직종과 {{codeB}} {{nameB}}({{weightB}}%) 직종으로 나뉩니다. 다수 기준에 따라 이 직무는 {{majorityCode|으로/로}} 읽힙니다. {{advice}}",
  },
  "stricter-review": {
    underReview: "{{code}} {{name|은/는}} 국민고용 보호 심사 강화 대상입니다. {{summary}} 추가 요건: {{conditions}}.",
    capForFirm: "{{code}} {{name}}: 상시 근로자 {{workers}}명인 업체는 외국인 {{name|을/를}} 최대 {{cap}}명까지 고용할 수 있습니다({{ruleSource}}). 이미 고용한 인원도 세십시오.",
    firmTooSmall: "상시 근로자 {{workers}}명인 업체는 {{code}} {{name|으로/로}} 신청할 수 없습니다: {{note}} ({{ruleSource}})",
  },
  "title-trap": {
    trap: "직무명(\"{{title}}\")은 {{titleCode}} {{titleName|으로/로}} 읽히지만, 직무 내용은 {{dutiesCode}} {{dutiesName|을/를}} 가리킵니다. {{advice}}",
  },
  "packet-duty-clauses-fit": {
    excluded: "{{file}}: 직무 조항이 \"{{role}}\" 직무로 읽히는데, 카탈로그는 이 직무를 {{code}}에서 제외합니다({{reason}}).",
    mismatch: "{{file}} 제{{number}}항은 {{code}} 직종(점수 {{selectedScore}})이 아니라 {{bestCode}} 직종(점수 {{score}})으로 읽힙니다.",
    allowedOutOfScope: "{{file}} 제{{number}}항은 {{code}}의 범위 밖({{bestCode|으로/로}} 읽힘)이지만 --allow-out-of-scope에 따라 쓴 그대로 두었습니다.",
    generic: "{{file}} 제{{number}}항은 너무 일반적이어서 판정할 수 없어 쓴 그대로 두었습니다.",
  },
  "packet-duty-section-found": {
    notFound: "{{file}}에서 직무 구역 제목을 찾지 못했습니다: {{note}}",
  },
  "packet-duty-text-intact": {
    missing: "{{file}}에 직무 {{duty}} 또는 그 일부가 빠져 있습니다.",
    differs: "직무 {{duty}}의 내용이 {{reference|와/과}} {{file}}에서 다릅니다.",
  },
  "packet-format-parity": {
    differs: "{{docx|와/과}} {{pdf}}의 내용이 다릅니다: {{where}}.",
  },
  "packet-former-code-named": {
    missingCover: "이 사례는 {{kind}}인데 설명서가 작성되지 않았습니다.",
    missingCode: "{{file}}에 코드 {{code|이/가}} 나오지 않습니다.",
  },
  "packet-rrs-skills-fit": {
    otherCode: "고용사유서의 전문 기술은 {{code|이/가}} 아니라 {{bestCode|으로/로}} 읽힙니다. 신청 직종의 기술을 적으십시오.",
  },
  "packet-same-code": {
    missing: "{{file}}에 신청 직종 코드 {{code|이/가}} 나오지 않습니다.",
    otherCode: "{{file}}에는 직종 코드 {{other|이/가}} 적혀 있지만, 신청 코드는 {{code}}입니다.",
  },
  "packet-same-dates": {
    missingDocumentDate: "{{file}}에 작성일({{date}}, filing.documentDate)이 없습니다.",
    missingStartDate: "{{file}}에 근무 시작일({{date}}, position.startDate)이 없습니다.",
    unknownDate: "{{file}}에 사례 파일에 없는 날짜 {{date|이/가}} 적혀 있습니다.",
  },
  "packet-same-occupation-name": {
    missing: "{{file}}에 직종명(\"{{name}}\")이 나오지 않습니다.",
  },
  "packet-same-salary": {
    missing: "{{file}}에 연봉 {{salary}}원이 나오지 않습니다.",
    unknownAmount: "{{file}}에 연봉도, 매출액도, 임금 하한도 아닌 금액 {{amount|이/가}} 적혀 있습니다.",
  },
  "packet-same-title": {
    missing: "{{file}}에 직무명(\"{{title}}\")이 나오지 않습니다.",
  },
  "packet-duties-in-scope": {
    outOfScope: "{{number}}번 직무(\"{{text}}\")는 {{code}} {{name|이/가}} 아니라 {{bestCode}} {{bestName|으로/로}} 읽힙니다. 직무를 잘못 적었다면 고쳐 쓰고, 실제 직무가 아니라면 빼고, 쓴 그대로 두려면 --allow-out-of-scope를 쓰십시오.",
  },
};
