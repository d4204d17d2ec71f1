<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountScreen</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SalesDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a salesperson</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>销售：</translation>
    </message>
    <message>
        <source>Assign {count} customers: {names}</source>
        <translation>分配 {count} 个客户：{names}</translation>
    </message>
    <message>
        <source>Choose a salesperson.</source>
        <translation>请选择销售。</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesDialog</name>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>(any lead)</source>
        <translation>（任何线索）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(everyone selling)</source>
        <translation>（所有销售）</translation>
    </message>
    <message>
        <source>(whoever&apos;s tags cover the lead)</source>
        <translation>（标签覆盖该线索的人）</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>分配规则</translation>
    </message>
    <message>
        <source>New leads without an owner go through the active rules from the top; the first rule that places a lead decides. Leads no rule places stay in the pool.</source>
        <translation>没有归属的新线索从上到下依次匹配已启用的规则，第一条能分配的规则生效；没有规则能分配的线索留在公海。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Apply to pool now</source>
        <translation>立即应用到公海</translation>
    </message>
    <message>
        <source>Run the rules over the leads waiting in the pool</source>
        <translation>用规则分配公海中现有的线索</translation>
    </message>
    <message>
        <source>Saved. New leads now meet the rules in this order.</source>
        <translation>已保存。新线索将按此顺序匹配规则。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule &quot;{rule}&quot;?</source>
        <translation>删除规则“{rule}”？</translation>
    </message>
    <message>
        <source>Give every lead in the pool that a rule places to its salesperson now?</source>
        <translation>现在把公海中能被规则分配的线索都分配给对应销售吗？</translation>
    </message>
    <message>
        <source>Applying rules</source>
        <translation>正在应用规则</translation>
    </message>
    <message>
        <source>Placing the leads waiting in the pool…</source>
        <translation>正在分配公海中的线索…</translation>
    </message>
    <message>
        <source>Stopped. Leads placed before that keep their salesperson.</source>
        <translation>已停止。此前已分配的线索保留其销售。</translation>
    </message>
    <message>
        <source>Placed {placed} of {examined} leads; {left} stay in the pool.</source>
        <translation>已分配 {placed} / {examined} 条线索，{left} 条留在公海。</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Time</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see all of its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field changes recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller wants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>座机：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>WeChat:</source>
        <translation>微信：</translation>
    </message>
    <message>
        <source>021-58886666 or +44 20 7946 0958</source>
        <translation>021-58886666 或 +44 20 7946 0958</translation>
    </message>
    <message>
        <source>13800138000</source>
        <translation>13800138000</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>归属销售：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>意向：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <source>Province or area, e.g. 华东</source>
        <translation>省份或片区，如 华东</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer {code} {name}</source>
        <translation>客户 {code} {name}</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>Any interest</source>
        <translation>全部意向</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No follow-up for</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only customers without a follow-up for this many days (0: off)</source>
        <translation>只显示这么多天没有跟进的客户（0：不限）</translation>
    </message>
    <message>
        <source>Leads only</source>
        <translation>只看线索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Choose the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .xlsx file (start from the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header in row {row}. Recognised columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {customers} customers with {contacts} contacts from {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like existing customers; they will be imported too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rows with problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {good} good, {bad} with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like existing customers or earlier rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file and check again: nothing is imported while any row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no customer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import {customers} customers with {contacts} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {customers} customers with {contacts} contacts ({first} to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Search a customer: name, contact, phone, code or pinyin</source>
        <translation>搜索客户：名称、联系人、电话、编号或拼音</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <source>High</source>
        <translation>很大</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>小</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>开票资料</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Medium-sized</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Front-desk visit</source>
        <translation>前台来访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Name, contact, phone, e-mail, code or pinyin</source>
        <translation>名称、联系人、电话、邮箱、编号或拼音</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F); Esc clears</source>
        <translation>边输入边搜索（Ctrl+F）；Esc 清空</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Create a customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter or double-click)</source>
        <translation>打开所选客户（回车或双击）</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge two selected customers into one</source>
        <translation>把选中的两个客户合并为一个</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import customers and contacts from an Excel file</source>
        <translation>从 Excel 文件导入客户和联系人</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers shown to Excel (Ctrl+E)</source>
        <translation>把列表中的客户导出到 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>共 1 个客户</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 个客户</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLeadsPanel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <source>Give the selected dead leads to another salesperson</source>
        <translation>把选中的死线索交给其他销售</translation>
    </message>
    <message>
        <source>Customers whose owner marked them &quot;no interest&quot;.</source>
        <translation>归属销售标为意向“无”的客户。</translation>
    </message>
    <message>
        <source>{count} dead leads</source>
        <translation>{count} 条死线索</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible duplicate: these customers already exist</source>
        <translation>可能重复：以下客户已存在</translation>
    </message>
    <message>
        <source>public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>{code}  {name}  ·  owner: {owner}  ·  {reason}</source>
        <translation>{code}  {name}  ·  归属：{owner}  ·  {reason}</translation>
    </message>
</context>
<context>
    <name>DutyRotationBox</name>
    <message>
        <source>Reception duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on reception duty: new leads from the front desk stay in the public pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In turn: {names}
Next new lead goes to: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyRotationDialog</name>
    <message>
        <source>Reception duty rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitors and callers who are not yet customers go to the checked salespeople in turn, from the top. Inactive accounts are skipped. With nobody checked, new leads stay in the public pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the rotation (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the rotation (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator then adds the other staff under Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">类型：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action, e.g. send the quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {action}. Saving marks it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">归属销售</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation type="unfinished">（公海）</translation>
    </message>
    <message>
        <source>row {row} of this file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Demo database: every account&apos;s password is &quot;{password}&quot;.
Click an account to fill in its user name; double-click to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Opportunity lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Why was &quot;{title}&quot; ({customer}) lost?</source>
        <translation>“{title}”（{customer}）为什么输单？</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor, project cancelled</source>
        <translation>例如：价格偏高、选择了竞争对手、项目取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database SalesDesk is working in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SalesDesk&lt;/b&gt; {version}&lt;br&gt;Customers, quotations, orders and commissions for the sales department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">归属销售</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">意向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">线索</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone number or company: the customers we know appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;{query}&quot;: saving registers a new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found. ↓ to go to the list, Enter or a click to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>归属销售：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Follow-ups / visits / calls:</source>
        <translation>跟进 / 来访 / 来电：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建日期：</translation>
    </message>
    <message>
        <source>Last follow-up:</source>
        <translation>最近跟进：</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这个</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{duplicate} {duplicate_name} will be deleted. Its contacts, follow-ups, visits and calls move to {survivor} {survivor_name}, which also takes its values where its own are empty.</source>
        <translation>{duplicate} {duplicate_name} 将被删除。它的联系人、跟进、来访和来电记录转到 {survivor} {survivor_name}，其空白的资料项也用它的值补上。</translation>
    </message>
    <message>
        <source>Merge {duplicate} into {survivor}? This cannot be undone.</source>
        <translation>把 {duplicate} 合并到 {survivor}？此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished">最近跟进</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">归属销售</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has followed up recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups per salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No salespeople.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key customer was followed up recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open opportunity was updated recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the monitoring figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads waiting in the pool, the oldest since {date} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads waiting in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists below: nothing recorded for {days} days or more (setting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to return to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer of yours returns to the pool soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My recent follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workbench again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open opportunities, pipeline {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Reception report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Front desk: visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk: phone call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>商机名称：</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>预计金额（¥）：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>e.g. 2025 ERP upgrade</source>
        <translation>例如：2025 年 ERP 升级</translation>
    </message>
    <message>
        <source>by</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineScreen</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Create an opportunity for a customer (Ctrl+N)</source>
        <translation>为客户新建商机（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change title, amount and expected close date (F2, Enter)</source>
        <translation>修改名称、金额和预计成交日期（F2、回车）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 退回</translation>
    </message>
    <message>
        <source>Move the opportunity one stage back (Ctrl+Left)</source>
        <translation>退回上一阶段（Ctrl+←）</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>推进 ▶</translation>
    </message>
    <message>
        <source>Move the opportunity to the next stage (Ctrl+Right)</source>
        <translation>推进到下一阶段（Ctrl+→）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Close the opportunity as won</source>
        <translation>以赢单关闭商机</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <source>Close the opportunity as lost, with the reason</source>
        <translation>以输单关闭商机并填写原因</translation>
    </message>
    <message>
        <source>Won and lost: the last {days} days</source>
        <translation>赢单和输单：最近 {days} 天</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>“{title}” moved to {stage}</source>
        <translation>“{title}”已移到{stage}</translation>
    </message>
    <message>
        <source>Opportunity won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Mark “{title}” ({customer}) as won?</source>
        <translation>将“{title}”（{customer}）标为赢单？</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>Qualify</source>
        <translation>评估线索</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求了解</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Negotiate</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>PoolList</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Name, contact, phone, e-mail, code or pinyin</source>
        <translation>名称、联系人、电话、邮箱、编号或拼音</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F); Esc clears</source>
        <translation>输入即搜索（Ctrl+F）；Esc 清空</translation>
    </message>
    <message>
        <source>{count} in the pool</source>
        <translation>公海中 {count} 个</translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Dead leads</source>
        <translation>死线索</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Take the selected customers as your own ({key})</source>
        <translation>把选中的客户领取为自己的客户（{key}）</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <source>Give the selected customers to a salesperson ({key})</source>
        <translation>把选中的客户分配给销售（{key}）</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>分配规则…</translation>
    </message>
    <message>
        <source>Edit the rules that assign new leads automatically</source>
        <translation>编辑自动分配新线索的规则</translation>
    </message>
    <message>
        <source>Claimed today: {used} of {limit}</source>
        <translation>今日已领取：{used} / {limit}</translation>
    </message>
    <message>
        <source>Claim refused</source>
        <translation>无法领取</translation>
    </message>
    <message>
        <source>Claimed {count}: {names}</source>
        <translation>已领取 {count} 个：{names}</translation>
    </message>
    <message>
        <source>Already taken</source>
        <translation>已被领取</translation>
    </message>
    <message>
        <source>Someone else took these customers first:
{names}</source>
        <translation>以下客户已被他人先领取：
{names}</translation>
    </message>
    <message>
        <source>Assigned {count} to {name}</source>
        <translation>已将 {count} 个分配给{name}</translation>
    </message>
</context>
<context>
    <name>PoolWords</name>
    <message>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>按负载最少</translation>
    </message>
    <message>
        <source>Leads from this region go to the people below, in turn.</source>
        <translation>该区域的线索轮流分配给下列人员。</translation>
    </message>
    <message>
        <source>Leads of this industry go to the people below, in turn.</source>
        <translation>该行业的线索轮流分配给下列人员。</translation>
    </message>
    <message>
        <source>Every lead goes to the next of the people below (everyone selling when none).</source>
        <translation>每条线索依次分配给下列人员中的下一位（未选人员时为所有销售）。</translation>
    </message>
    <message>
        <source>Each lead goes to whoever owns the fewest customers among the people whose tags cover its region or industry (limited to the people below when any).</source>
        <translation>每条线索分配给标签覆盖其区域或行业、且客户最少的人（选了人员时仅限下列人员）。</translation>
    </message>
    <message>
        <source>The daily claim limit is {limit}; you have claimed {used} today and may claim {left} more.</source>
        <translation>每日领取上限为 {limit} 个；你今天已领取 {used} 个，还可领取 {left} 个。</translation>
    </message>
</context>
<context>
    <name>ReceptionReportScreen</name>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these tables as an Excel workbook (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reception report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception report {date_from} - {date_to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <source>&amp;Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a visitor (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a phone call (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and route (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on reception duty: new leads stay in the public pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On reception duty next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>public pool</source>
        <translation type="unfinished">公海</translation>
    </message>
    <message>
        <source>Customer: {name} · {code} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">座机：</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard of us via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market survey only (no lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline; matches appear as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, or pinyin initials to look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields, then register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next visitor or caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or phone, choose the customer if they are listed, then Ctrl+S or Enter in the last field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished">来访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">电话</translation>
    </message>
</context>
<context>
    <name>RuleFormDialog</name>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>匹配：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Apply this rule to new leads</source>
        <translation>对新线索应用此规则</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>e.g. 华东</source>
        <translation>例如：华东</translation>
    </message>
    <message>
        <source>e.g. 制造业</source>
        <translation>例如：制造业</translation>
    </message>
    <message>
        <source>(any lead)</source>
        <translation>（任何线索）</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>At most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage from 0 to 100 with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人需要姓名。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>Not a valid mainland China number after +86.</source>
        <translation>+86 后面不是有效的中国大陆号码。</translation>
    </message>
    <message>
        <source>An international number is + and 6-15 digits.</source>
        <translation>国际号码为 + 加 6-15 位数字。</translation>
    </message>
    <message>
        <source>Use a mobile (11 digits, 1xx), a landline with area code (021-12345678) or +country number.</source>
        <translation>请填写手机号（11 位，1 开头）、带区号的座机（021-12345678）或 +国家号码。</translation>
    </message>
    <message>
        <source>At most 40 characters.</source>
        <translation>最多 40 个字符。</translation>
    </message>
    <message>
        <source>At most 120 characters.</source>
        <translation>最多 120 个字符。</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>Use 公司 or 个人 (company, person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 微型, 小型, 中型, 大型 (micro, small, medium, large) or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 来访, 电话, 网络, 转介绍, 展会, 开票资料 or 其他 (visit, phone, web, referral, exhibition, invoice, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 很大, 一般, 小 or 无 (high, medium, low, none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several users have this name; use the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with this user name or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user cannot own customers (only sales staff, supervisors and managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the next action is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is the next action due?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That opportunity is not this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reminder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the opportunity a title.</source>
        <translation>请填写商机名称。</translation>
    </message>
    <message>
        <source>An amount of at most two decimals, not negative.</source>
        <translation>金额不能为负，最多两位小数。</translation>
    </message>
    <message>
        <source>The opportunity no longer exists.</source>
        <translation>该商机已不存在。</translation>
    </message>
    <message>
        <source>Use Won or Lost to close the opportunity.</source>
        <translation>请用赢单或输单关闭商机。</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>已是第一个阶段。</translation>
    </message>
    <message>
        <source>The opportunity is closed.</source>
        <translation>商机已关闭。</translation>
    </message>
    <message>
        <source>The opportunity is already closed.</source>
        <translation>商机已经关闭。</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>输单原因是什么？</translation>
    </message>
    <message>
        <source>Choose an active salesperson.</source>
        <translation>请选择在职的销售。</translation>
    </message>
    <message>
        <source>Choose one of the listed rule kinds.</source>
        <translation>请选择列出的规则方式。</translation>
    </message>
    <message>
        <source>Which region or industry does the rule match?</source>
        <translation>规则匹配哪个区域或行业？</translation>
    </message>
    <message>
        <source>Only salespeople and supervisors receive leads.</source>
        <translation>只有销售和主管可以接收线索。</translation>
    </message>
    <message>
        <source>Choose who receives these leads.</source>
        <translation>请选择接收这些线索的人。</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Company</source>
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <source>Sales rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">座机：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to pool after (days without follow-up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn the owner (days before the return):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool claims per salesperson per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal reminder (days before the contract ends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image under 1 MB, printed on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} · {count}</source>
        <translation>{stage} · {count}</translation>
    </message>
    <message>
        <source>Total amount of the opportunities in this stage</source>
        <translation>本阶段商机的预计金额合计</translation>
    </message>
</context>
<context>
    <name>TeamNameDialog</name>
    <message>
        <source>Team name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsScreen</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}? Its {members} members stay in it, but it is no longer offered for new assignments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet.</source>
        <translation>这个客户还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Time</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s registrations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished">标签：</translation>
    </message>
    <message>
        <source>Discount limit %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and industries, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount limit %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected account (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accounts, {inactive} inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name} ({username})? They can no longer log in; their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Party size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In contact with our salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchScreen</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
