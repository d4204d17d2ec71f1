<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountScreen</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>AgingTable</name>
    <message>
        <source>Receivable {receivable}, of which overdue {overdue}</source>
        <translation>应收 {receivable}，其中逾期 {overdue}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SalesDesk - PostgreSQL password</source>
        <translation>SalesDesk - PostgreSQL 密码</translation>
    </message>
    <message>
        <source>Password of {user} for the database {database} on {host}:</source>
        <translation>{host} 上数据库 {database} 的用户 {user} 的密码：</translation>
    </message>
    <message>
        <source>SalesDesk cannot open the database</source>
        <translation>SalesDesk 无法打开数据库</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>数据库(&amp;D)…</translation>
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
        <translation>没有归属销售的新线索从上到下依次匹配已启用的规则，由第一条能分配它的规则决定；没有规则能分配的线索留在公海。</translation>
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
        <translation>用规则分配公海中等待的线索</translation>
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
        <translation>现在就把公海中能被规则分配的线索分配给对应销售吗？</translation>
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
        <translation>已停止。此前已分配的线索保留其归属销售。</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Select a row to see all of its changes.</source>
        <translation>选择一行查看全部变更。</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>(no field changes recorded)</source>
        <translation>（没有记录字段变更）</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来客</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Assignment rule</source>
        <translation>分配规则</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>产品组合</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change contacts</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>放回公海</translation>
    </message>
    <message>
        <source>Assign by rule</source>
        <translation>按规则分配</translation>
    </message>
    <message>
        <source>Assign to the salesperson on duty</source>
        <translation>分配给接待轮值销售</translation>
    </message>
    <message>
        <source>Return to the pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation>修改明细</translation>
    </message>
    <message>
        <source>Make a revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Made from a quotation</source>
        <translation>由报价单生成</translation>
    </message>
    <message>
        <source>Change payment plan</source>
        <translation>修改付款计划</translation>
    </message>
    <message>
        <source>First confirmed order</source>
        <translation>首份确认合同</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>批量写入</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name for duplicate check</source>
        <translation>查重名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Owner since</source>
        <translation>归属起始时间</translation>
    </message>
    <message>
        <source>Last follow-up by the owner</source>
        <translation>归属销售最近跟进</translation>
    </message>
    <message>
        <source>Pool warning sent</source>
        <translation>回收提醒时间</translation>
    </message>
    <message>
        <source>Returned to the pool</source>
        <translation>退回公海时间</translation>
    </message>
    <message>
        <source>Previous owner</source>
        <translation>原归属销售</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>转移的记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编号范围</translation>
    </message>
    <message>
        <source>Assigned by rules</source>
        <translation>按规则分配</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Discount limit %</source>
        <translation>折扣上限 %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>People</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Return to pool after (days)</source>
        <translation>回收天数</translation>
    </message>
    <message>
        <source>Warning before the return (days)</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <source>Pool claims per day</source>
        <translation>每日领取上限</translation>
    </message>
    <message>
        <source>Renewal reminder (days)</source>
        <translation>续签提醒天数</translation>
    </message>
    <message>
        <source>Monitoring period (days)</source>
        <translation>监控天数</translation>
    </message>
    <message>
        <source>Reception duty rotation</source>
        <translation>接待轮值</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Contract lines</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>Commission statements</source>
        <translation>提成结算单</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>New product lines</source>
        <translation>新增产品线</translation>
    </message>
    <message>
        <source>Leads become customers</source>
        <translation>线索转为客户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>修订自</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Quotation date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>未税合计</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>税额合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <source>Discount to approve %</source>
        <translation>待审批折扣 %</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Sign date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>服务开始</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>服务结束</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Renewal reminder sent</source>
        <translation>已发续签提醒</translation>
    </message>
    <message>
        <source>Shipping date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装费</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Prepayment or overpayment</source>
        <translation>预收款或超额回款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Where this computer keeps the backups of this database</source>
        <translation>本机存放此数据库备份的位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A folder on this computer: best another disk, a USB drive or a folder that is copied elsewhere</source>
        <translation>本机上的一个文件夹：最好是另一块磁盘、U 盘或会被复制到别处的文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>在文件管理器中显示该文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Make a checked copy of the database in the folder now</source>
        <translation>立即在该文件夹中生成一份经过检查的数据库副本</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current one is kept)</source>
        <translation>用备份替换数据库（当前数据库会保留一份）</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>被恢复替换的数据库</translation>
    </message>
    <message>
        <source>Back up now dumps the PostgreSQL database into this folder (pg_dump). There are no automatic backups of a server from here: back it up on the server too.</source>
        <translation>“立即备份”会把 PostgreSQL 数据库导出到此文件夹（pg_dump）。这里不会自动备份服务器：请同时在服务器上备份。</translation>
    </message>
    <message>
        <source>SalesDesk makes a backup here once a day when it starts and keeps the last 14 days and the last 12 month-ends; also one before every upgrade. Copies made with Back up now are kept until you delete them.</source>
        <translation>SalesDesk 每天启动时在此备份一次，保留最近 14 天和最近 12 个月末的备份；每次升级前也会备份。用“立即备份”生成的副本会一直保留，直到您删除。</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Last backup: {when} ({kind})</source>
        <translation>上次备份：{when}（{kind}）</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>SalesDesk cannot write to {folder}: {error}</source>
        <translation>SalesDesk 无法写入 {folder}：{error}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>只有系统管理员可以备份或恢复数据库。</translation>
    </message>
    <message>
        <source>The file could not be written or read: {error}</source>
        <translation>无法写入或读取该文件：{error}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up the database to {folder}…</source>
        <translation>正在将数据库备份到 {folder}…</translation>
    </message>
    <message>
        <source>The database was backed up to
{path}

The copy was checked and is complete.</source>
        <translation>数据库已备份到
{path}

副本已检查，完整无误。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>SalesDesk backups (*.sqlite3 *.dump *.bak);;All files (*)</source>
        <translation>SalesDesk 备份 (*.sqlite3 *.dump *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the shared database from the backup “{name}” of {when}?

Every record in the database is replaced by the backup&apos;s: whatever was entered after {when} is no longer in it, on every computer. The current database is kept as a copy first.

Ask everyone else to close SalesDesk first: their open connections can hold up the restore, and their screens would show data that is no longer there. You are logged out, and SalesDesk reopens the database.</source>
        <translation>要用 {when} 的备份“{name}”恢复共用数据库吗？

数据库中的所有记录都将被备份中的记录替换：{when} 之后录入的内容在所有电脑上都将不复存在。当前数据库会先保留一份副本。

请先让其他人关闭 SalesDesk：他们打开的连接可能会阻碍恢复，他们的屏幕也会显示已不存在的数据。您将退出登录，SalesDesk 会重新打开数据库。</translation>
    </message>
    <message>
        <source>Restore the database from the backup “{name}” of {when}?

Every record in the database is replaced by the backup&apos;s: whatever was entered after {when} is no longer in it. The current database is kept as a copy first.

Everyone is logged out, and SalesDesk reopens the database.</source>
        <translation>要用 {when} 的备份“{name}”恢复数据库吗？

数据库中的所有记录都将被备份中的记录替换：{when} 之后录入的内容将不复存在。当前数据库会先保留一份副本。

所有人都将退出登录，SalesDesk 会重新打开数据库。</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Restoring the database from {name}…</source>
        <translation>正在从 {name} 恢复数据库…</translation>
    </message>
    <message>
        <source>The database was restored but could not be opened again: {error}</source>
        <translation>数据库已恢复，但无法重新打开：{error}</translation>
    </message>
    <message>
        <source>The data it replaced is kept in
{path}</source>
        <translation>被替换的数据保留在
{path}</translation>
    </message>
    <message>
        <source>The database was restored from “{name}” of {when}.</source>
        <translation>数据库已从 {when} 的备份“{name}”恢复。</translation>
    </message>
    <message>
        <source>SalesDesk has reopened the database. Please log in again.</source>
        <translation>SalesDesk 已重新打开数据库，请重新登录。</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Edit bundle</source>
        <translation>编辑产品组合</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>新建产品组合</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Code, name or pinyin</source>
        <translation>编号、名称或拼音</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the product with this quantity (Enter in the product field)</source>
        <translation>按此数量添加该产品（在产品栏按回车）</translation>
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
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No active product matches “{text}”.</source>
        <translation>没有与“{text}”匹配的已启用产品。</translation>
    </message>
    <message>
        <source>Type a product&apos;s code, name or pinyin first.</source>
        <translation>请先输入产品的编号、名称或拼音。</translation>
    </message>
</context>
<context>
    <name>BundleInserter</name>
    <message>
        <source>Insert bundle…</source>
        <translation>插入产品组合…</translation>
    </message>
    <message>
        <source>Insert the products of a bundle at the current line ({key})</source>
        <translation>在当前行插入产品组合中的产品（{key}）</translation>
    </message>
</context>
<context>
    <name>BundlePicker</name>
    <message>
        <source>Insert bundle</source>
        <translation>插入产品组合</translation>
    </message>
    <message>
        <source>Search a bundle: name or pinyin</source>
        <translation>搜索产品组合：名称或拼音</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No bundle matches.</source>
        <translation>没有匹配的产品组合。</translation>
    </message>
    <message>
        <source>There are no bundles yet.</source>
        <translation>还没有产品组合。</translation>
    </message>
    <message>
        <source>{name} × {quantity}</source>
        <translation>{name} × {quantity}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <source>This bundle has no products.</source>
        <translation>该产品组合中没有产品。</translation>
    </message>
</context>
<context>
    <name>BundlesDialog</name>
    <message>
        <source>Bundles</source>
        <translation>产品组合</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>产品组合</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>新建产品组合…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected bundle (double-click)</source>
        <translation>编辑选中的产品组合（双击）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete bundle</source>
        <translation>删除产品组合</translation>
    </message>
    <message>
        <source>Delete the bundle “{name}”? Quotations made with it keep their lines.</source>
        <translation>删除产品组合“{name}”？用它制作的报价单仍保留其明细行。</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Call:</source>
        <translation>通话方向：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>What the caller wants</source>
        <translation>来电事由</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>This report has no chart.</source>
        <translation>此报表没有图表。</translation>
    </message>
    <message>
        <source>Nothing to chart: the report has no figures for {period}.</source>
        <translation>无可绘制的图表：本报表在{period}没有数据。</translation>
    </message>
</context>
<context>
    <name>CommissionActionBar</name>
    <message>
        <source>Generate month</source>
        <translation>生成该月结算单</translation>
    </message>
    <message>
        <source>Work out the month&apos;s draft statements again from payments, orders and shipments; approved and paid statements stay as they are ({key})</source>
        <translation>根据回款、合同和发货重新计算本月的草稿结算单；已审核和已发放的结算单保持不变（{key}）</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Approve the selected draft statement: it is locked, later changes go into the next open month ({key})</source>
        <translation>审核选中的草稿结算单：审核后锁定，之后的变动计入下一个未结月份（{key}）</translation>
    </message>
    <message>
        <source>Approve all drafts…</source>
        <translation>审核全部草稿…</translation>
    </message>
    <message>
        <source>Approve every draft statement of the month as it stands</source>
        <translation>按当前内容审核本月全部草稿结算单</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>标记已发放…</translation>
    </message>
    <message>
        <source>Record that the selected approved statement&apos;s commission was paid out</source>
        <translation>记录选中的已审核结算单的提成已发放</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>提成规则…</translation>
    </message>
    <message>
        <source>The commission rules: rates and tiers by basis and scope ({key})</source>
        <translation>提成规则：按计提基数和适用范围设置的比例与阶梯（{key}）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save the month&apos;s statements as a workbook: a summary and one sheet per salesperson ({key})</source>
        <translation>将本月结算单保存为工作簿：一张汇总表，每位销售一张工作表（{key}）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the selected statement as a PDF file</source>
        <translation>将选中的结算单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview and print the selected statement ({key})</source>
        <translation>预览并打印选中的结算单（{key}）</translation>
    </message>
</context>
<context>
    <name>CommissionDocuments</name>
    <message>
        <source>Export commission statements to Excel</source>
        <translation>将提成结算单导出到 Excel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exporting the statements of {month} to {name}…</source>
        <translation>正在将 {month} 的结算单导出到 {name}…</translation>
    </message>
    <message>
        <source>Export statement PDF</source>
        <translation>导出结算单 PDF</translation>
    </message>
    <message>
        <source>Print preview: {name}, {month}</source>
        <translation>打印预览：{name}，{month}</translation>
    </message>
</context>
<context>
    <name>CommissionWords</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Whole amount</source>
        <translation>全额累进</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>超额累进</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
</context>
<context>
    <name>CommissionsScreen</name>
    <message>
        <source>Generating {month}…</source>
        <translation>正在生成 {month}…</translation>
    </message>
    <message>
        <source>Generate month</source>
        <translation>生成本月</translation>
    </message>
    <message>
        <source>Reading {month}&apos;s payments, orders and shipments…</source>
        <translation>正在读取 {month} 的回款、合同和发货…</translation>
    </message>
    <message>
        <source>{month}: statement {done} of {total} worked out…</source>
        <translation>{month}：已计算 {done} / {total} 张结算单…</translation>
    </message>
    <message>
        <source>Generating {month} was cancelled; its statements are as they were.</source>
        <translation>已取消生成 {month}；该月结算单保持原样。</translation>
    </message>
    <message>
        <source>{month}: {count} statement(s), commission total {total}; {changed} written anew, {locked} approved or paid left as they were.</source>
        <translation>{month}：共 {count} 张结算单，提成合计 {total}；重新生成 {changed} 张，{locked} 张已审核或已发放的保持不变。</translation>
    </message>
    <message>
        <source>Approve statement</source>
        <translation>审核结算单</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s statement for {month} (commission {total})? It is locked afterwards: later changes go into the next open month.</source>
        <translation>审核 {name} 的 {month} 结算单（提成 {total}）？审核后即锁定：之后的变动计入下一个未结月份。</translation>
    </message>
    <message>
        <source>{name}&apos;s statement for {month} approved.</source>
        <translation>{name} 的 {month} 结算单已审核。</translation>
    </message>
    <message>
        <source>Approve the month</source>
        <translation>审核本月</translation>
    </message>
    <message>
        <source>Approve all {count} draft statement(s) of {month} (commission {total})? They are locked afterwards.</source>
        <translation>审核 {month} 的全部 {count} 张草稿结算单（提成 {total}）？审核后即锁定。</translation>
    </message>
    <message>
        <source>{count} statement(s) of {month} approved.</source>
        <translation>{month} 的 {count} 张结算单已审核。</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>标记已发放</translation>
    </message>
    <message>
        <source>Record that {name}&apos;s commission for {month} ({total}) was paid out?</source>
        <translation>记录 {name} 的 {month} 提成（{total}）已发放？</translation>
    </message>
    <message>
        <source>{name}&apos;s statement for {month} marked paid.</source>
        <translation>{name} 的 {month} 结算单已标记为已发放。</translation>
    </message>
    <message>
        <source>Rules changed: generate the month again to apply them to its drafts.</source>
        <translation>提成规则已更改：请重新生成本月，使其应用到草稿结算单。</translation>
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
    <name>CustomerChoiceDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
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
        <translation>省份或片区，例如：华东</translation>
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
        <source>Record follow-up…</source>
        <translation>记录跟进…</translation>
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
    <name>CustomerExport</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exporting customers to {name}…</source>
        <translation>正在导出客户到 {name}…</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation type="vanished">无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>(no contact)</source>
        <translation>（无联系人）</translation>
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
        <translation>选择客户文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import customers from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose an .xlsx file (start from the template)</source>
        <translation>选择 .xlsx 文件（请从导入模板开始）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>{header} (ignored)</source>
        <translation>{header}（忽略）</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header in row {row}. Recognised columns: {columns}.</source>
        <translation>工作表“{sheet}”，标题在第 {row} 行。识别的列：{columns}。</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}.</source>
        <translation>忽略的列：{columns}。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Import {customers} customers with {contacts} contacts from {name}?</source>
        <translation>从 {name} 导入 {customers} 个客户和 {contacts} 个联系人？</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like existing customers; they will be imported too.</source>
        <translation>
            <numerusform>%n 行疑似已有客户，也将一并导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在保存模板…</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>Saving the rows with problems…</source>
        <translation>正在保存有问题的行…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>{rows} rows: {good} good, {bad} with problems.</source>
        <translation>共 {rows} 行：{good} 行正确，{bad} 行有问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like existing customers or earlier rows.</source>
        <translation>
            <numerusform>%n 行疑似已有客户或与前面的行重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file and check again: nothing is imported while any row is bad.</source>
        <translation>请修改文件后重新检查：只要有一行有问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <source>The file has no customer rows.</source>
        <translation>文件中没有客户数据行。</translation>
    </message>
    <message>
        <source>Ready to import {customers} customers with {contacts} contacts.</source>
        <translation>可以导入 {customers} 个客户和 {contacts} 个联系人。</translation>
    </message>
    <message>
        <source>Imported {customers} customers with {contacts} contacts ({first} to {last}).</source>
        <translation>已导入 {customers} 个客户和 {contacts} 个联系人（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>Rows with problems saved to {path}.</source>
        <translation>有问题的行已保存到 {path}。</translation>
    </message>
    <message>
        <source>Template saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
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
        <translation>报价单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
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
        <translation>边输入边搜索（Ctrl+F）；按 Esc 清空</translation>
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
        <source>Release to pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Give the selected customers back to the public pool</source>
        <translation>把选中的客户退回公海</translation>
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
        <source>The selected customers are already in the pool.</source>
        <translation>选中的客户已在公海中。</translation>
    </message>
    <message>
        <source>Release {name} to the public pool? Anyone may then claim it.</source>
        <translation>把 {name} 退回公海吗？之后任何人都可以领取。</translation>
    </message>
    <message>
        <source>Release {count} customers to the public pool? Anyone may then claim them.
{names}</source>
        <translation>把 {count} 个客户退回公海吗？之后任何人都可以领取。
{names}</translation>
    </message>
    <message>
        <source>Released {count} to the pool</source>
        <translation>已将 {count} 个客户退回公海</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database - SalesDesk</source>
        <translation>数据库 - SalesDesk</translation>
    </message>
    <message>
        <source>Open now: {database}</source>
        <translation>当前打开：{database}</translation>
    </message>
    <message>
        <source>A file on &amp;this computer (SQLite): one user at a time</source>
        <translation>本机上的文件(&amp;T)（SQLite）：同一时间一人使用</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server: several computers share one database</source>
        <translation>PostgreSQL 服务器(&amp;P)：多台电脑共用一个数据库</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>empty: the default file in your data folder</source>
        <translation>留空：使用数据文件夹中的默认文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s password store</source>
        <translation>在本机的密码库中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>No password store works on this computer: SalesDesk asks for the password at each start.</source>
        <translation>本机没有可用的密码库：SalesDesk 每次启动时都会询问密码。</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Try to open the chosen database (Ctrl+T)</source>
        <translation>尝试打开所选数据库（Ctrl+T）</translation>
    </message>
    <message>
        <source>Move data &amp;here…</source>
        <translation>将数据迁移到这里(&amp;H)…</translation>
    </message>
    <message>
        <source>Copy every record of the database open now into the chosen one, which must be empty (Ctrl+M)</source>
        <translation>把当前打开的数据库中的全部记录复制到所选数据库（所选数据库必须为空）（Ctrl+M）</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>使用此数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>SalesDesk opens the chosen database as soon as you click Use this database.</source>
        <translation>点击“使用此数据库”后，SalesDesk 会立即打开所选数据库。</translation>
    </message>
    <message>
        <source>The chosen database is opened at the next start of SalesDesk on this computer. A --db given on the command line still comes first.</source>
        <translation>所选数据库将在本机下次启动 SalesDesk 时打开。命令行中给出的 --db 仍然优先。</translation>
    </message>
    <message>
        <source>Fill in the database name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message>
        <source>Fill in the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <source>Move data</source>
        <translation>迁移数据</translation>
    </message>
    <message>
        <source>Copy every record of {source} into {destination}?

The destination must be empty. Work saved meanwhile on other computers is not copied; the database open now is not changed.</source>
        <translation>要把 {source} 的全部记录复制到 {destination} 吗？

目标数据库必须为空。迁移期间其他电脑保存的内容不会被复制；当前打开的数据库不会改变。</translation>
    </message>
    <message>
        <source>Copying every table and checking the totals…</source>
        <translation>正在复制所有数据表并核对合计…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept in the destination.</source>
        <translation>已取消：目标数据库中没有保留任何数据。</translation>
    </message>
    <message>
        <source>Every table was copied and checked: row counts and money totals are equal. Click Use this database to work in it.</source>
        <translation>所有数据表均已复制并核对：行数和金额合计一致。点击“使用此数据库”即可在其中工作。</translation>
    </message>
    <message>
        <source>Every table was copied; row counts and money totals are equal in both databases.</source>
        <translation>所有数据表均已复制；两个数据库的行数和金额合计一致。</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows copied in {seconds} s; row counts and money totals are equal in both databases.</source>
        <translation>已在 {seconds} 秒内复制 {tables} 张数据表、{rows} 行；两个数据库的行数和金额合计一致。</translation>
    </message>
    <message>
        <source>Looking into the chosen database…</source>
        <translation>正在查看所选数据库…</translation>
    </message>
    <message>
        <source>{destination} holds no SalesDesk data yet. Opening it starts a new, empty SalesDesk: you would create its first administrator, and the data of {source} would not be there.

To work with that data on the chosen database, click No, then Move data here.

Open the empty database?</source>
        <translation>{destination} 中还没有 SalesDesk 数据。打开它将开始一个新的空白 SalesDesk：您需要创建第一个管理员，{source} 中的数据不会在其中。

要在所选数据库中使用这些数据，请点击“否”，然后点击“将数据迁移到这里”。

要打开这个空数据库吗？</translation>
    </message>
    <message>
        <source>Not changed. Move data here copies the open database into the chosen one.</source>
        <translation>未更改。“将数据迁移到这里”会把当前打开的数据库复制到所选数据库。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="vanished">完成。</translation>
    </message>
    <message>
        <source>No password store works on this computer, so the password was not saved: SalesDesk will ask for it at each start.</source>
        <translation>本机没有可用的密码库，因此未保存密码：SalesDesk 每次启动时都会询问。</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
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
        <translation>归属销售已标为意向“无”的客户。</translation>
    </message>
    <message>
        <source>{count} dead leads</source>
        <translation>{count} 条死线索</translation>
    </message>
</context>
<context>
    <name>DocumentFilterBar</name>
    <message>
        <source>Number or customer</source>
        <translation>单号或客户</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F); Esc clears</source>
        <translation>边输入边搜索（Ctrl+F）；按 Esc 清空</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All salespeople</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Rows behind {figure}</source>
        <translation>{figure}的明细</translation>
    </message>
    <message>
        <source>{count} row(s)</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{count} row(s), total {total}</source>
        <translation>{count} 行，合计 {total}</translation>
    </message>
    <message>
        <source>{figure} of {subject}, {period}: {total}.</source>
        <translation>{subject} {period} 的{figure}：{total}。</translation>
    </message>
    <message>
        <source>Only the first {count} rows are listed; the total is theirs.</source>
        <translation>只列出前 {count} 行；合计为这些行的合计。</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save these rows as an Excel workbook (Ctrl+E)</source>
        <translation>将这些行保存为 Excel 工作簿（Ctrl+E）</translation>
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
        <translation>{code}  {name}  ·  归属销售：{owner}  ·  {reason}</translation>
    </message>
</context>
<context>
    <name>DutyRotationBox</name>
    <message>
        <source>Reception duty</source>
        <translation>接待轮值</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Nobody is on reception duty: new leads from the front desk stay in the public pool.</source>
        <translation>无人接待轮值：前台登记的新线索留在公海。</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>In turn: {names}
Next new lead goes to: {name}</source>
        <translation>轮值顺序：{names}
下一条新线索分配给：{name}</translation>
    </message>
</context>
<context>
    <name>DutyRotationDialog</name>
    <message>
        <source>Reception duty rotation</source>
        <translation>接待轮值</translation>
    </message>
    <message>
        <source>New visitors and callers who are not yet customers go to the checked salespeople in turn, from the top. Inactive accounts are skipped. With nobody checked, new leads stay in the public pool.</source>
        <translation>尚未成为客户的来客和来电，从上到下轮流分配给勾选的销售，已停用的账户会被跳过。一个都不勾选时，新线索留在公海。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Earlier in the rotation (Alt+Up)</source>
        <translation>在轮值中提前（Alt+Up）</translation>
    </message>
    <message>
        <source>Later in the rotation (Alt+Down)</source>
        <translation>在轮值中靠后（Alt+Down）</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please correct the input</source>
        <translation>请更正输入内容</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source> ({when})</source>
        <translation>（{when}）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>This record was changed by {who}{when} after you opened it.
Reload it to see the current version; your changes will be lost.</source>
        <translation>您打开这条记录后，{who}{when}修改了它。
重新加载可查看最新内容，您所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>{name} could not be written ({reason}). If it is open in another program, close it there; otherwise choose another folder.</source>
        <translation>无法写入 {name}（{reason}）。如果该文件已在其他程序中打开，请先在那里关闭；否则请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SalesDesk</source>
        <translation>欢迎使用 SalesDesk</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator then adds the other staff under Users.</source>
        <translation>数据库中还没有账户。请先创建管理员账户，再由管理员在“用户”中添加其他员工。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>姓名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Open another database instead: a file on this computer or a shared PostgreSQL server (Ctrl+D)</source>
        <translation>改为打开另一个数据库：本机上的文件或共用的 PostgreSQL 服务器（Ctrl+D）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: {customer}</source>
        <translation>跟进：{customer}</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Interest after:</source>
        <translation>跟进后意向：</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>商机：</translation>
    </message>
    <message>
        <source>Unchanged ({level})</source>
        <translation>不变（{level}）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>沟通了什么、做了什么</translation>
    </message>
    <message>
        <source>Schedule a next action</source>
        <translation>安排下一步行动</translation>
    </message>
    <message>
        <source>Next action, e.g. send the quotation</source>
        <translation>下一步行动，例如：发送报价单</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Reminder: {action}. Saving marks it done.</source>
        <translation>提醒：{action}。保存后该提醒标为已完成。</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>SalesDesk user guide</source>
        <translation>SalesDesk 用户手册</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <source>Open the guide&apos;s file with the program your computer uses for it</source>
        <translation>用本机为该文件设置的程序打开手册文件</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>This installation has no user guide.</source>
        <translation>此安装中没有用户手册。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Customers, quotations, orders and commissions for the sales department.</source>
        <translation>面向销售部门的客户、报价、合同与提成管理。</translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation>关于 SalesDesk</translation>
    </message>
</context>
<context>
    <name>HistoryImportDialog</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在保存模板…</translation>
    </message>
</context>
<context>
    <name>ImportCard</name>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Save an empty Excel file with the columns to fill in</source>
        <translation>保存一个含有待填写各列的空白 Excel 文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Choose a filled-in Excel file, check it, then import it</source>
        <translation>选择填好的 Excel 文件，先检查，再导入</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>row {row} of this file: {name}</source>
        <translation>本文件第 {row} 行：{name}</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>保存错误工作簿…</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>可能重复（{count}）</translation>
    </message>
</context>
<context>
    <name>ImportsScreen</name>
    <message>
        <source>Customers and contacts</source>
        <translation>客户及联系人</translation>
    </message>
    <message>
        <source>One customer per row with up to one contact; further rows with the same name add contacts. The owner is a salesperson&apos;s user name or name; without one the customer goes to the public pool.</source>
        <translation>每行一个客户，最多一个联系人；名称相同的后续行为该客户添加联系人。归属销售填写销售的用户名或姓名；留空则客户进入公海。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>One product per row: product line, code, name, unit, list price, floor price, tax rate and whether it is active. Product lines that do not exist yet are created.</source>
        <translation>每行一个产品：产品线、编号、名称、单位、标准价、底价、税率及是否启用。尚不存在的产品线导入时自动新建。</translation>
    </message>
    <message>
        <source>Historical orders</source>
        <translation>历史合同</translation>
    </message>
    <message>
        <source>One order line per row; rows with the same order number make one order. Customers, salespeople and products must exist; amounts are computed from quantity, price, discount and tax rate. Orders without a number are numbered by their sign month.</source>
        <translation>每行一条合同明细；合同编号相同的行合为一份合同。客户、销售和产品必须已存在；金额按数量、单价、折扣和税率计算。没有编号的合同按签订月份编号。</translation>
    </message>
    <message>
        <source>Historical payments</source>
        <translation>历史回款</translation>
    </message>
    <message>
        <source>One payment per row against an order already in SalesDesk (import the orders first). An order&apos;s payments may exceed its total only with a prepayment or overpayment reason.</source>
        <translation>每行一笔回款，对应 SalesDesk 中已有的合同（请先导入合同）。只有注明预收款或超额回款的原因，合同的回款才可超过其合计金额。</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Import records from Excel files: save the template, fill it in, then import it. Every file is checked first, and nothing is imported while it has errors.</source>
        <translation>从 Excel 文件导入数据：先保存模板并填写，再导入。每个文件都会先检查，有任何错误时不会导入任何数据。</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>模板已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>未税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Type a product code, name or pinyin; Tab moves on; Insert or Ctrl+Enter adds a line, Delete removes it; Ctrl+S saves.</source>
        <translation>输入产品编码、名称或拼音；Tab 移到下一格；Insert 或 Ctrl+Enter 添加一行，Delete 删除该行；Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>{count} product(s) of the bundle are no longer sold and were left out.</source>
        <translation>产品组合中有 {count} 个产品已停售，未加入。</translation>
    </message>
    <message>
        <source>Check line(s) {rows}: hover a red cell for the reason.</source>
        <translation>请检查第 {rows} 行：鼠标移到红色单元格上可查看原因。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - SalesDesk</source>
        <translation>登录 - SalesDesk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Choose the database: a file on this computer or a shared PostgreSQL server (Ctrl+D)</source>
        <translation>选择数据库：本机上的文件或共用的 PostgreSQL 服务器（Ctrl+D）</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>Demo database: every account&apos;s password is &quot;{password}&quot;.
Click an account to fill in its user name; double-click to log in.</source>
        <translation>演示数据库：所有账户的密码都是“{password}”。
单击账户填入用户名，双击直接登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Opportunity lost</source>
        <translation>商机输单</translation>
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
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>Open {screen}</source>
        <translation>打开{screen}</translation>
    </message>
    <message>
        <source>Nothing to show for your role.</source>
        <translation>您的角色没有可用的功能。</translation>
    </message>
    <message>
        <source>The database SalesDesk is working in</source>
        <translation>SalesDesk 当前使用的数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>数据库连接(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation>关于 SalesDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to {path}</source>
        <translation>今天的备份已写入 {path}</translation>
    </message>
    <message>
        <source>Daily backup failed: details…</source>
        <translation>每日备份失败：详情…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made:
{reason}

Choose another backup folder under Settings, Backups, then use File, Back up now.</source>
        <translation>今天的自动备份未能完成：
{reason}

请在“设置 &gt; 备份”中另选备份文件夹，然后使用“文件 &gt; 立即备份”。</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>每日备份失败</translation>
    </message>
    <message>
        <source>This installation has no translation for that language.</source>
        <translation>此安装没有该语言的翻译。</translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation type="vanished">关于 SalesDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;SalesDesk&lt;/b&gt; {version}&lt;br&gt;Customers, quotations, orders and commissions for the sales department.</source>
        <translation type="vanished">&lt;b&gt;SalesDesk&lt;/b&gt; {version}&lt;br&gt;销售部门的客户、报价、订单和提成管理。</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <source>Type a name, phone number or company: the customers we know appear here.</source>
        <translation>输入姓名、电话或公司，已有客户会显示在这里。</translation>
    </message>
    <message>
        <source>No customer matches &quot;{query}&quot;: saving registers a new lead.</source>
        <translation>没有与“{query}”匹配的客户：保存后将登记为新线索。</translation>
    </message>
    <message>
        <source>{count} found. ↓ to go to the list, Enter or a click to choose.</source>
        <translation>找到 {count} 个。按 ↓ 进入列表，按回车或单击选择。</translation>
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
        <translation>{duplicate} {duplicate_name} 将被删除。它的联系人、跟进、来访和来电记录转到 {survivor} {survivor_name}，后者的空白资料也用它的值补上。</translation>
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
        <translation>销售</translation>
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
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No follow-up for {days} days</source>
        <translation>{days} 天未跟进</translation>
    </message>
    <message>
        <source>Key customers not followed up for {days} days</source>
        <translation>{days} 天未跟进的重点客户</translation>
    </message>
    <message>
        <source>Opportunities not updated for {days} days</source>
        <translation>{days} 天未更新的商机</translation>
    </message>
    <message>
        <source>Leads waiting in the pool: {count}, the oldest since {date} ({days} days)</source>
        <translation>公海中等待的线索：{count} 条，最早的自 {date} 起（{days} 天）</translation>
    </message>
    <message>
        <source>Leads waiting in the pool: {count}</source>
        <translation>公海中等待的线索：{count} 条</translation>
    </message>
    <message>
        <source>The number of days is the monitoring setting (Settings).</source>
        <translation>天数来自“设置”中的监控天数。</translation>
    </message>
    <message>
        <source>Everyone has followed up recently.</source>
        <translation>最近每个人都有跟进。</translation>
    </message>
    <message>
        <source>Follow-ups per salesperson</source>
        <translation>各销售跟进次数</translation>
    </message>
    <message>
        <source>No salespeople.</source>
        <translation>没有销售人员。</translation>
    </message>
    <message>
        <source>Every key customer was followed up recently.</source>
        <translation>所有重点客户最近都有跟进。</translation>
    </message>
    <message>
        <source>Every open opportunity was updated recently.</source>
        <translation>所有进行中的商机最近都有更新。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Last updated {date}</source>
        <translation>更新于 {date}</translation>
    </message>
    <message>
        <source>Read the monitoring figures again</source>
        <translation>重新读取监控数据</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>到期日 {date}</translation>
    </message>
    <message>
        <source>Returns on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有到期的事项。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期的事项。</translation>
    </message>
    <message>
        <source>About to return to the pool</source>
        <translation>即将退回公海</translation>
    </message>
    <message>
        <source>No customer of yours returns to the pool soon.</source>
        <translation>近期没有您的客户要退回公海。</translation>
    </message>
    <message>
        <source>My recent follow-ups</source>
        <translation>我最近的跟进</translation>
    </message>
    <message>
        <source>No follow-ups recorded yet.</source>
        <translation>还没有跟进记录。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the workbench again</source>
        <translation>重新读取工作台</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>没有进行中的商机。</translation>
    </message>
    <message>
        <source>{count} open opportunities, pipeline {amount}</source>
        <translation>进行中的商机 {count} 个，金额合计 {amount}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台接待</translation>
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
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reception report</source>
        <translation>接待日报</translation>
    </message>
    <message>
        <source>Data import</source>
        <translation>数据导入</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Front desk: visitor</source>
        <translation>前台：来访</translation>
    </message>
    <message>
        <source>Front desk: phone call</source>
        <translation>前台：来电</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>没有通知。</translation>
    </message>
    <message>
        <source>{count} unread notifications</source>
        <translation>{count} 条未读通知</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>没有未读通知</translation>
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
        <translation>设定日期</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
</context>
<context>
    <name>OrderActionBar</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the draft order: lines, dates, payment plan ({key})</source>
        <translation>编辑草稿合同：明细、日期、付款计划（{key}）</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>A discount above the limit or a price below the floor needs approval</source>
        <translation>折扣超出上限或单价低于底价时需要审批</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the order: it counts as sold and can be shipped</source>
        <translation>确认合同：确认后计入销售业绩，并可以发货</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>作废合同…</translation>
    </message>
    <message>
        <source>Cancel (void) the order with a reason; only while nothing was shipped or paid</source>
        <translation>填写原因后作废合同；仅限尚未发货且尚未回款的合同</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>合同结案</translation>
    </message>
    <message>
        <source>Close a fully shipped and fully paid order</source>
        <translation>为已全部发货且已全部回款的合同结案</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>新建发货单…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <source>Take back shipped goods</source>
        <translation>收回已发出的货物</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Record money received for this order ({key})</source>
        <translation>登记该合同收到的款项（{key}）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the contract as a PDF file</source>
        <translation>将合同保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview and print the contract as its PDF ({key})</source>
        <translation>按 PDF 版式预览并打印合同（{key}）</translation>
    </message>
</context>
<context>
    <name>OrderChoiceDialog</name>
    <message>
        <source>Order number or customer</source>
        <translation>合同号或客户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未收金额</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order {number}</source>
        <translation>合同 {number}</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>销售：</translation>
    </message>
    <message>
        <source>Sign date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Service period:</source>
        <translation>服务期：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Instalment {number}: {message}</source>
        <translation>第 {number} 期：{message}</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>Only the orders of this salesperson</source>
        <translation>只看该销售的合同</translation>
    </message>
    <message>
        <source>Show the orders of every customer</source>
        <translation>显示所有客户的合同</translation>
    </message>
    <message>
        <source>Only the orders of one customer</source>
        <translation>只看某一客户的合同</translation>
    </message>
    <message>
        <source>Only the orders of {name}</source>
        <translation>只看 {name} 的合同</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import historical orders from Excel</source>
        <translation>从 Excel 导入历史合同</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入合同</translation>
    </message>
    <message>
        <source>Import {orders} orders with {lines} lines from {name}?</source>
        <translation>从 {name} 导入 {orders} 份合同（共 {lines} 行明细）？</translation>
    </message>
    <message>
        <source>The file has no order rows.</source>
        <translation>文件中没有合同数据行。</translation>
    </message>
    <message>
        <source>Ready to import {orders} orders with {lines} lines.</source>
        <translation>可以导入 {orders} 份合同（共 {lines} 行明细）。</translation>
    </message>
    <message>
        <source>Imported {orders} orders with {lines} lines; {won} leads became customers.</source>
        <translation>已导入 {orders} 份合同（共 {lines} 行明细）；{won} 条线索已转为客户。</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>相关单据</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Select an entry to see all of its changes.</source>
        <translation>选择一条记录查看全部变更。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>预收款</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>From quotation {number}</source>
        <translation>来自报价单 {number}</translation>
    </message>
    <message>
        <source>Entered directly (no quotation)</source>
        <translation>直接录入（无报价单）</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>销售：</translation>
    </message>
    <message>
        <source>Sign date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Service period:</source>
        <translation>服务期：</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>价税合计：</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已回款：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>未收金额：</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>合同 {number}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>decided by {name} on {date}</source>
        <translation>{name} 于 {date} 审批</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Approver&apos;s comment: {comment}</source>
        <translation>审批意见：{comment}</translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>批准 {number}</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>驳回 {number}</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>驳回原因：</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>作废 {number}</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Print preview: {number}</source>
        <translation>打印预览：{number}</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="vanished">合同</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="vanished">发货单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">回款</translation>
    </message>
    <message>
        <source>Made from a quotation</source>
        <translation type="vanished">由报价单生成</translation>
    </message>
    <message>
        <source>Change lines</source>
        <translation type="vanished">修改明细</translation>
    </message>
    <message>
        <source>Change payment plan</source>
        <translation type="vanished">修改付款计划</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Number</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Sign date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Enter an order directly (Ctrl+N)</source>
        <translation>直接录入合同（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the selected order (Enter or double-click)</source>
        <translation>打开选中的合同（回车或双击）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 份合同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <source>Order</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>本期金额</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>{bucket} days</source>
        <translation>{bucket}天</translation>
    </message>
    <message>
        <source>{count} overdue instalment(s), {amount} not paid</source>
        <translation>逾期分期款 {count} 笔，未收 {amount}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for {number}</source>
        <translation>{number} 的回款</translation>
    </message>
    <message>
        <source>{number} · {customer}</source>
        <translation>{number} · {customer}</translation>
    </message>
    <message>
        <source>Total {total}, paid {paid}, balance {balance}</source>
        <translation>合计 {total}，已回款 {paid}，未收余额 {balance}</translation>
    </message>
    <message>
        <source>Next instalment due {date}: {amount} not yet paid</source>
        <translation>下一期到期日 {date}：尚有 {amount} 未收</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>回款日期：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>凭证号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Bank slip, cheque number …</source>
        <translation>银行回单、支票号码…</translation>
    </message>
    <message>
        <source>Prepayment or overpayment</source>
        <translation>预收款或超额付款</translation>
    </message>
    <message>
        <source>Needed for an amount above the balance, or before the order is confirmed; give the reason</source>
        <translation>金额超过未收余额或合同尚未确认时需要勾选，并填写原因</translation>
    </message>
    <message>
        <source>Why is this prepayment or overpayment accepted?</source>
        <translation>为什么接受这笔预收款或超额付款？</translation>
    </message>
    <message>
        <source>Record the payment (Ctrl+S)</source>
        <translation>登记回款（Ctrl+S）</translation>
    </message>
    <message>
        <source>The order is not confirmed yet: this is a prepayment. Tick the box and give the reason.</source>
        <translation>合同尚未确认，这是一笔预收款。请勾选该项并填写原因。</translation>
    </message>
    <message>
        <source>The amount is above the balance of {balance}: tick &quot;Prepayment or overpayment&quot; and give the reason.</source>
        <translation>金额超过未收余额 {balance}：请勾选“预收款或超额付款”并填写原因。</translation>
    </message>
</context>
<context>
    <name>PaymentFilterBar</name>
    <message>
        <source>Order, customer or reference</source>
        <translation>合同、客户或凭证号</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Only the payments of this salesperson&apos;s orders</source>
        <translation>只显示该销售的合同的回款</translation>
    </message>
    <message>
        <source>Show the payments of every customer</source>
        <translation>显示所有客户的回款</translation>
    </message>
    <message>
        <source>Only the payments of one customer</source>
        <translation>只显示某个客户的回款</translation>
    </message>
    <message>
        <source>Only the payments of {name}</source>
        <translation>只显示 {name} 的回款</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <source>Import historical payments from Excel</source>
        <translation>从 Excel 导入历史回款</translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>导入回款</translation>
    </message>
    <message>
        <source>Import {payments} payments of {amount} in all for {orders} orders from {name}?</source>
        <translation>从 {name} 导入 {orders} 个合同的 {payments} 笔回款，共计 {amount}？</translation>
    </message>
    <message>
        <source>The file has no payment rows.</source>
        <translation>文件中没有回款行。</translation>
    </message>
    <message>
        <source>Ready to import {payments} payments ({amount} in all).</source>
        <translation>可以导入 {payments} 笔回款（共计 {amount}）。</translation>
    </message>
    <message>
        <source>Imported {payments} payments ({amount} in all) for {orders} orders.</source>
        <translation>已为 {orders} 个合同导入 {payments} 笔回款（共计 {amount}）。</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Prepayment / overpayment</source>
        <translation>预收款 / 超额付款</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔回款</numerusform>
        </translation>
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
        <translation>“{title}”已移到“{stage}”</translation>
    </message>
    <message>
        <source>Opportunity won</source>
        <translation>商机赢单</translation>
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
    <name>PlanEditor</name>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>添加分期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Even split:</source>
        <translation>平均分期：</translation>
    </message>
    <message>
        <source> instalment(s)</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>first due</source>
        <translation>首期到期日</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Replace the plan by equal monthly instalments of the order total</source>
        <translation>按合同总额每月等额分期，替换当前付款计划</translation>
    </message>
    <message>
        <source>No plan: one instalment of the total, due on the sign date, when confirmed.</source>
        <translation>无付款计划：确认后按全额一期处理，到期日为签订日期。</translation>
    </message>
    <message>
        <source>An amount is not a number.</source>
        <translation>有金额不是有效数字。</translation>
    </message>
    <message>
        <source>Planned {planned} of {total}</source>
        <translation>已计划 {planned} / {total}</translation>
    </message>
    <message>
        <source>Differs by {amount}</source>
        <translation>相差 {amount}</translation>
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
        <translation>边输入边搜索（Ctrl+F）；按 Esc 清空</translation>
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
        <translation>以下客户已被他人抢先领取：
{names}</translation>
    </message>
    <message>
        <source>Assigned {count} to {name}</source>
        <translation>已将 {count} 个客户分配给 {name}</translation>
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
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>List price:</source>
        <translation>标准价：</translation>
    </message>
    <message>
        <source>Floor price:</source>
        <translation>底价：</translation>
    </message>
    <message>
        <source>Tax rate %:</source>
        <translation>税率（%）：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Can be quoted</source>
        <translation>可用于报价</translation>
    </message>
    <message>
        <source>The lowest unit price allowed without approval</source>
        <translation>无需审批时允许的最低单价</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Import products from Excel</source>
        <translation>从 Excel 导入产品</translation>
    </message>
    <message>
        <source>Import {products} products from {name}?</source>
        <translation type="vanished">从 {name} 导入 {products} 个产品？</translation>
    </message>
    <message>
        <source>Create {products} products and update {updated} products from {name}?</source>
        <translation>从 {name} 新建 {products} 个产品并更新 {updated} 个产品？</translation>
    </message>
    <message>
        <source>New product lines: {lines}</source>
        <translation>将新建产品线：{lines}</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在保存模板…</translation>
    </message>
    <message>
        <source>The file has no product rows.</source>
        <translation>文件中没有产品行。</translation>
    </message>
    <message>
        <source>Ready to import: {products} new products, {updated} updated, {unchanged} unchanged.</source>
        <translation>可以导入：新产品 {products} 个，更新 {updated} 个，未变 {unchanged} 个。</translation>
    </message>
    <message>
        <source>Imported {products} products and updated {updated} ({unchanged} unchanged, {lines} new product lines).</source>
        <translation>已导入 {products} 个产品，更新 {updated} 个（未变 {unchanged} 个，新建产品线 {lines} 个）。</translation>
    </message>
    <message>
        <source>Ready to import {products} products.</source>
        <translation type="vanished">可以导入 {products} 个产品。</translation>
    </message>
    <message>
        <source>Imported {products} products ({lines} new product lines).</source>
        <translation type="vanished">已导入 {products} 个产品（新建产品线 {lines} 个）。</translation>
    </message>
</context>
<context>
    <name>ProductLinesDialog</name>
    <message>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a product line with this name</source>
        <translation>以此名称添加产品线</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Give the selected product line this name</source>
        <translation>将选中的产品线改为此名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
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
        <source>Code, name or pinyin</source>
        <translation>编号、名称或拼音</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F); Esc clears</source>
        <translation>输入即搜索（Ctrl+F）；按 Esc 清除</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部产品线</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Create a product (Ctrl+N)</source>
        <translation>新建产品（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected product (Enter or double-click)</source>
        <translation>编辑选中的产品（回车或双击）</translation>
    </message>
    <message>
        <source>Product lines…</source>
        <translation>产品线…</translation>
    </message>
    <message>
        <source>Add, rename, deactivate product lines</source>
        <translation>添加、重命名、停用产品线</translation>
    </message>
    <message>
        <source>Bundles…</source>
        <translation>产品组合…</translation>
    </message>
    <message>
        <source>Sets of products a quotation inserts at once</source>
        <translation>可在报价单中一次插入的成组产品</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The products listed, in the import file&apos;s columns</source>
        <translation>导出列表中的产品，列与导入文件相同</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>Export products to Excel</source>
        <translation>导出产品到 Excel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exporting products to {name}…</source>
        <translation>正在导出产品到 {name}…</translation>
    </message>
</context>
<context>
    <name>QuotationActionBar</name>
    <message>
        <source>New quotation</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Create a quotation (Ctrl+N)</source>
        <translation>新建报价单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the selected quotation (Enter or double-click)</source>
        <translation>打开选中的报价单（回车或双击）</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>客户接受…</translation>
    </message>
    <message>
        <source>Record that the customer accepted the sent quotation</source>
        <translation>记录客户已接受已发送的报价单</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <source>Record that the customer declined the sent quotation</source>
        <translation>记录客户已拒绝已发送的报价单</translation>
    </message>
    <message>
        <source>Make revision</source>
        <translation>创建修订版</translation>
    </message>
    <message>
        <source>Change a sent quotation: a new draft revision to edit; the sent one stays as it is ({key})</source>
        <translation>修改已发送的报价单：新建一个草稿修订版供编辑，已发送的报价单保持不变（{key}）</translation>
    </message>
    <message>
        <source>Convert to order</source>
        <translation>转为合同</translation>
    </message>
    <message>
        <source>Make a draft order (contract) of the accepted quotation and open it</source>
        <translation>用客户接受的报价单生成草稿合同并打开</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the selected quotation as a PDF file</source>
        <translation>将选中的报价单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview and print the selected quotation as its PDF ({key})</source>
        <translation>按 PDF 版式预览并打印选中的报价单（{key}）</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Quotation {number}</source>
        <translation>报价单 {number}</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>报价日期：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>销售：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="vanished">产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="vanished">单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="vanished">折扣 %</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation type="vanished">税率 %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="vanished">未税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="vanished">税额</translation>
    </message>
    <message>
        <source>Net total:</source>
        <translation type="vanished">未税合计：</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation type="vanished">税额：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="vanished">价税合计：</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="vanished">大写金额：</translation>
    </message>
    <message>
        <source>Type a product code, name or pinyin; Tab moves on; Insert or Ctrl+Enter adds a line, Delete removes it; Ctrl+S saves.</source>
        <translation type="vanished">输入产品编码、名称或拼音；Tab 移到下一格；Insert 或 Ctrl+Enter 添加一行，Delete 删除该行；Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation type="vanished">（无联系人）</translation>
    </message>
    <message>
        <source>Only a draft or rejected quotation can be edited.</source>
        <translation>只有草稿或已驳回的报价单可以编辑。</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Check line(s) {rows}: hover a red cell for the reason.</source>
        <translation type="vanished">请检查第 {rows} 行：鼠标移到红色单元格上可查看原因。</translation>
    </message>
</context>
<context>
    <name>QuotationFilterBar</name>
    <message>
        <source>Only the quotations of this salesperson</source>
        <translation>只显示该销售的报价单</translation>
    </message>
    <message>
        <source>Show the quotations of every customer</source>
        <translation>显示所有客户的报价单</translation>
    </message>
    <message>
        <source>Only the quotations of one customer</source>
        <translation>只显示某一客户的报价单</translation>
    </message>
    <message>
        <source>Only the quotations of {name}</source>
        <translation>只显示 {name} 的报价单</translation>
    </message>
</context>
<context>
    <name>QuotationStates</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted by customer</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Declined by customer</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Converted to contract</source>
        <translation>已转合同</translation>
    </message>
</context>
<context>
    <name>QuotationsScreen</name>
    <message>
        <source>Number</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Number or customer</source>
        <translation type="vanished">报价单号或客户</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F); Esc clears</source>
        <translation type="vanished">输入即搜索（Ctrl+F）；Esc 清空</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="vanished">状态：</translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="vanished">全部状态</translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="vanished">从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="vanished">到：</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="vanished">不限</translation>
    </message>
    <message>
        <source>New quotation</source>
        <translation type="vanished">新建报价单</translation>
    </message>
    <message>
        <source>Create a quotation (Ctrl+N)</source>
        <translation type="vanished">新建报价单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">打开…</translation>
    </message>
    <message>
        <source>Open the selected quotation (Enter or double-click)</source>
        <translation type="vanished">打开选中的报价单（回车或双击）</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="vanished">提交审批</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="vanished">批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="vanished">驳回…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="vanished">标记为已发送</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="vanished">导出 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n 份报价单</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>批准 {number}</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>驳回 {number}</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>驳回原因：</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Record that the customer accepted {number} ({customer}, {total})?</source>
        <translation>记录客户已接受报价单 {number}（{customer}，{total}）？</translation>
    </message>
    <message>
        <source>Customer declined</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>Record that the customer declined {number} ({customer}, {total})?</source>
        <translation>记录客户已拒绝报价单 {number}（{customer}，{total}）？</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Print preview: {number}</source>
        <translation>打印预览：{number}</translation>
    </message>
</context>
<context>
    <name>ReceivablesScreen</name>
    <message>
        <source>Receivable</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation>0-30天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90天以上</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>按销售</translation>
    </message>
    <message>
        <source>Overdue instalments</source>
        <translation>逾期分期款</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Record money received: choose the order ({key})</source>
        <translation>登记收到的款项：选择合同（{key}）</translation>
    </message>
    <message>
        <source>Record money received for the selected instalment&apos;s order ({key})</source>
        <translation>为选中分期款所属的合同登记回款（{key}）</translation>
    </message>
    <message>
        <source>Record a payment for which order?</source>
        <translation>为哪个合同登记回款？</translation>
    </message>
</context>
<context>
    <name>ReceptionReportScreen</name>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>按销售</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Market surveys</source>
        <translation>市场调查</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save these tables as an Excel workbook (Ctrl+E)</source>
        <translation>把这些表格保存为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export the reception report</source>
        <translation>导出接待日报</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reception report {date_from} - {date_to}</source>
        <translation>接待日报 {date_from} - {date_to}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>未导出。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The workbook could not be written:
{reason}</source>
        <translation>无法写入工作簿：
{reason}</translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <source>&amp;Visitor</source>
        <translation>来客登记(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>来电登记(&amp;C)</translation>
    </message>
    <message>
        <source>Register a visitor (Alt+V)</source>
        <translation>登记来访客人（Alt+V）</translation>
    </message>
    <message>
        <source>Register a phone call (Alt+C)</source>
        <translation>登记来电（Alt+C）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Register and route (Ctrl+S)</source>
        <translation>登记并分配（Ctrl+S）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Empty the form for the next person</source>
        <translation>清空表单，接待下一位</translation>
    </message>
    <message>
        <source>Duty rotation…</source>
        <translation>接待轮值…</translation>
    </message>
    <message>
        <source>Nobody is on reception duty: new leads stay in the public pool.</source>
        <translation>无人接待轮值：新线索留在公海。</translation>
    </message>
    <message>
        <source>On reception duty next: {name}</source>
        <translation>下一位接待轮值：{name}</translation>
    </message>
</context>
<context>
    <name>ReceptionWords</name>
    <message>
        <source>Owner</source>
        <translation>归属销售</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>接待轮值</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Market survey</source>
        <translation>市场调查</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>去电</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Sent to {name} (owner)</source>
        <translation>已转给 {name}（归属销售）</translation>
    </message>
    <message>
        <source>New lead {customer} assigned to {name} (on duty)</source>
        <translation>新线索 {customer} 已分配给 {name}（接待轮值）</translation>
    </message>
    <message>
        <source>{customer} (from the pool) assigned to {name} (on duty)</source>
        <translation>{customer}（来自公海）已分配给 {name}（接待轮值）</translation>
    </message>
    <message>
        <source>New lead {customer} left in the public pool (nobody on duty)</source>
        <translation>新线索 {customer} 留在公海（无人接待轮值）</translation>
    </message>
    <message>
        <source>{customer} stays in the public pool (nobody on duty)</source>
        <translation>{customer} 留在公海（无人接待轮值）</translation>
    </message>
    <message>
        <source>Logged as market survey</source>
        <translation>已登记为市场调查</translation>
    </message>
    <message>
        <source>{name} has been notified about {customer}.</source>
        <translation>已通知 {name}：{customer}。</translation>
    </message>
    <message>
        <source>A manager or supervisor can assign it from the pool.</source>
        <translation>销售经理或销售主管可以从公海分配。</translation>
    </message>
    <message>
        <source>No lead was created and nobody was notified.</source>
        <translation>未创建线索，也未通知任何人。</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Customer: {name} · {code} · {owner}</source>
        <translation>客户：{name} · {code} · {owner}</translation>
    </message>
    <message>
        <source>Not this customer</source>
        <translation>不是这个客户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Heard of us via:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Market survey only (no lead)</source>
        <translation>仅市场调查（不计线索）</translation>
    </message>
    <message>
        <source>Mobile or landline; matches appear as you type</source>
        <translation>手机或座机；边输入边显示匹配客户</translation>
    </message>
    <message>
        <source>Name, or pinyin initials to look up</source>
        <translation>姓名，或输入拼音首字母查找</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>将报表导出到 Excel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <source>Print preview: {title}, {period}</source>
        <translation>打印预览：{title}，{period}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>ReportPicker</name>
    <message>
        <source>Performance ranking</source>
        <translation>业绩排行</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售统计</translation>
    </message>
    <message>
        <source>Targets against results</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户统计</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货统计</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>按销售</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>团队 {name}</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>All (sum)</source>
        <translation>全部（合计）</translation>
    </message>
    <message>
        <source>C&amp;umulative</source>
        <translation>累计(&amp;U)</translation>
    </message>
    <message>
        <source>Show targets and results added up from January</source>
        <translation>显示自 1 月起累计的目标与实际</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Show only one team&apos;s or one salesperson&apos;s figures</source>
        <translation>只显示一个团队或一位销售的数据</translation>
    </message>
    <message>
        <source>This report cannot be narrowed to a team or a salesperson: it covers everyone you see.</source>
        <translation>此报表不能限定到某个团队或销售：它包括您能看到的所有人。</translation>
    </message>
    <message>
        <source>This report has no row per person or team: it covers everyone you see. Group it by salesperson or team to narrow it.</source>
        <translation type="vanished">此报表没有按人或团队分行：它包括您能看到的所有人。按销售或团队分组即可缩小范围。</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Build the report again (F5)</source>
        <translation>重新生成报表（F5）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook (Ctrl+E)</source>
        <translation>将报表保存为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the report, with its chart, as a PDF</source>
        <translation>将报表连同图表保存为 PDF</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Preview and print the report (Ctrl+P)</source>
        <translation>预览并打印报表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>将图表保存为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>Double-click to see the rows behind this figure</source>
        <translation>双击查看此数字的明细</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>{title} · {period} · {scope} · {count} row(s)</source>
        <translation>{title} · {period} · {scope} · {count} 行</translation>
    </message>
    <message>
        <source>No rows can be listed for this figure.</source>
        <translation>此数字没有可列出的明细。</translation>
    </message>
    <message>
        <source>Listing the rows behind the figure…</source>
        <translation>正在列出此数字的明细…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Correct the marked fields, then register again.</source>
        <translation>请修改标出的字段后重新登记。</translation>
    </message>
    <message>
        <source>Ready for the next visitor or caller</source>
        <translation>可以接待下一位来客或来电</translation>
    </message>
    <message>
        <source>Type the name or phone, choose the customer if they are listed, then Ctrl+S or Enter in the last field.</source>
        <translation>输入姓名或电话，如列出了对应客户就选中它，然后按 Ctrl+S 或在最后一栏按回车。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
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
        <source>New commission rule</source>
        <translation>新建提成规则</translation>
    </message>
    <message>
        <source>Edit commission rule</source>
        <translation>编辑提成规则</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>计提基数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>适用范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>适用对象(&amp;T)：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>提成方式：</translation>
    </message>
    <message>
        <source>Flat &amp;rate %:</source>
        <translation>固定比例 %(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;iers:</source>
        <translation>阶梯(&amp;I)：</translation>
    </message>
    <message>
        <source>Tier &amp;mode:</source>
        <translation>阶梯方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>失效日期：</translation>
    </message>
    <message>
        <source>The amounts that earn commission: payments collected, orders signed or goods shipped (untaxed)</source>
        <translation>计算提成的金额：回款、签约合同或发货金额（未税）</translation>
    </message>
    <message>
        <source>Whom the rule covers; the most specific rule wins</source>
        <translation>规则适用的对象；范围最具体的规则优先</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>固定比例</translation>
    </message>
    <message>
        <source>Tiers by monthly attainment</source>
        <translation>按月度目标达成率分阶梯</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>例如：2.5</translation>
    </message>
    <message>
        <source>Whole amount: every row at the tier reached; marginal: each part of the amount at the tier of its own attainment</source>
        <translation>全额累进：每一行都按达到的阶梯计提；超额累进：金额的每一部分按其自身达成率所在的阶梯计提</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>失效于</translation>
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
    <name>RulesDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计提基数</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Rate or tiers</source>
        <translation>比例或阶梯</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>阶梯方式</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效日期</translation>
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
        <source>{scope}: {name}</source>
        <translation>{scope}：{name}</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>For each sale the active rule valid on its day with the most specific scope applies: salesperson, then team, then product line, then everyone. Changes count when a draft month is generated again; approved months stay as they are.</source>
        <translation>每笔业务采用当天有效、已启用且适用范围最具体的规则：依次为销售、团队、产品线、全部。规则的更改在重新生成草稿月份时生效；已审核的月份保持不变。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a commission rule</source>
        <translation>添加提成规则</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected rule (Enter or double-click)</source>
        <translation>修改选中的规则（回车或双击）</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Stop the rule from the next generation on (it stays listed)</source>
        <translation>从下次生成起不再应用该规则（仍保留在列表中）</translation>
    </message>
    <message>
        <source>Let the rule apply again</source>
        <translation>重新应用该规则</translation>
    </message>
</context>
<context>
    <name>SalespersonField</name>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>ServiceEntities</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assignment rule</source>
        <translation>分配规则</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>产品组合</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>提成结算单</translation>
    </message>
    <message>
        <source>Commission rule</source>
        <translation>提成规则</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>2-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>2-40 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>A bundle needs at least one product.</source>
        <translation>产品组合至少需要一个产品。</translation>
    </message>
    <message>
        <source>A bundle with this name exists.</source>
        <translation>已有同名的产品组合。</translation>
    </message>
    <message>
        <source>A code of 1 to 40 characters.</source>
        <translation>编号为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>请填写联系人姓名。</translation>
    </message>
    <message>
        <source>A list of users.</source>
        <translation>应为用户列表。</translation>
    </message>
    <message>
        <source>A month from 1 to 12, or 0 for the annual figure.</source>
        <translation>月份为 1 到 12，年度数填 0。</translation>
    </message>
    <message>
        <source>A month from 1 to 12.</source>
        <translation>月份为 1 到 12。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>A name of 1 - 80 characters.</source>
        <translation>名称为 1 到 80 个字符。</translation>
    </message>
    <message>
        <source>A name of 1 to 120 characters.</source>
        <translation>名称为 1 到 120 个字符。</translation>
    </message>
    <message>
        <source>A name of 1 to 80 characters.</source>
        <translation>名称为 1 到 80 个字符。</translation>
    </message>
    <message>
        <source>A percentage from -100 to 1000 with at most two decimals.</source>
        <translation>请输入 -100 到 1000 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>A percentage from 0 to 100 with at most two decimals.</source>
        <translation>请输入 0 到 100 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>A price of at most two decimals, not negative.</source>
        <translation>价格不能为负数，最多两位小数。</translation>
    </message>
    <message>
        <source>A product line with this name exists.</source>
        <translation>已有同名的产品线。</translation>
    </message>
    <message>
        <source>A product of the bundle no longer exists.</source>
        <translation>产品组合中的某个产品已不存在。</translation>
    </message>
    <message>
        <source>A quantity above 0 with at most three decimals.</source>
        <translation>数量须大于 0，最多三位小数。</translation>
    </message>
    <message>
        <source>A quantity of at least 0 with at most three decimals.</source>
        <translation>数量不能小于 0，最多三位小数。</translation>
    </message>
    <message>
        <source>A rate of 0 - 100 % with at most two decimals.</source>
        <translation>比例须为 0 - 100 %，最多两位小数。</translation>
    </message>
    <message>
        <source>A supervisor sets only the targets of their own team&apos;s salespeople.</source>
        <translation>销售主管只能设置本团队销售的目标。</translation>
    </message>
    <message>
        <source>A supervisor splits only their own team&apos;s target.</source>
        <translation>销售主管只能分解本团队的目标。</translation>
    </message>
    <message>
        <source>A supervisor&apos;s own order is approved by a manager.</source>
        <translation>销售主管自己的合同由销售经理审批。</translation>
    </message>
    <message>
        <source>A supervisor&apos;s own quotation is approved by a manager.</source>
        <translation>销售主管自己的报价单由销售经理审批。</translation>
    </message>
    <message>
        <source>A tax rate from 0 to 100 %.</source>
        <translation>税率为 0 到 100%。</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>请填写团队名称。</translation>
    </message>
    <message>
        <source>A three-letter currency code such as CNY.</source>
        <translation>请输入三个字母的币种代码，例如 CNY。</translation>
    </message>
    <message>
        <source>A year from 2000 to 2100.</source>
        <translation>年度为 2000 到 2100。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一行。</translation>
    </message>
    <message>
        <source>An amount above 0 with at most two decimals.</source>
        <translation>金额须大于 0，最多两位小数。</translation>
    </message>
    <message>
        <source>An amount of 0 or more with at most two decimals.</source>
        <translation>金额不能小于 0，最多两位小数。</translation>
    </message>
    <message>
        <source>An amount of at most two decimals, not negative.</source>
        <translation>金额不能为负数，最多两位小数。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>内存数据库无法备份。</translation>
    </message>
    <message>
        <source>An industry name of 1 to 80 characters.</source>
        <translation>行业名称为 1 到 80 个字符。</translation>
    </message>
    <message>
        <source>An international number is + and 6-15 digits.</source>
        <translation>国际号码为“+”加 6-15 位数字。</translation>
    </message>
    <message>
        <source>Another product has this code.</source>
        <translation>其他产品已使用此编号。</translation>
    </message>
    <message>
        <source>Another user stored one of these product codes meanwhile; nothing was imported. Check the file again.</source>
        <translation>在此期间其他用户已保存了其中某个产品编号，未导入任何数据。请重新检查文件。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>至少要保留一个启用的管理员。</translation>
    </message>
    <message>
        <source>At most 120 characters.</source>
        <translation>最多 120 个字符。</translation>
    </message>
    <message>
        <source>At most 120 instalments.</source>
        <translation>最多 120 期。</translation>
    </message>
    <message>
        <source>At most 20 characters.</source>
        <translation>最多 20 个字符。</translation>
    </message>
    <message>
        <source>At most 80 characters.</source>
        <translation>最多 80 个字符。</translation>
    </message>
    <message>
        <source>Before confirmation a payment is a prepayment; give the reason.</source>
        <translation>合同确认前的回款属于预收款，请填写原因。</translation>
    </message>
    <message>
        <source>By last year&apos;s share or by grade.</source>
        <translation>请按上年占比或按级别分解。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a contact of this customer.</source>
        <translation>请选择该客户的联系人。</translation>
    </message>
    <message>
        <source>Choose a line of this order.</source>
        <translation>请选择该合同的明细行。</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>期间不能超过十年。</translation>
    </message>
    <message>
        <source>Choose a product or describe the line (at most 500 characters).</source>
        <translation>请选择产品或填写说明（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>Choose an active salesperson.</source>
        <translation>请选择已启用的销售。</translation>
    </message>
    <message>
        <source>Choose an existing product line, team or salesperson.</source>
        <translation>请选择已有的产品线、团队或销售。</translation>
    </message>
    <message>
        <source>Choose an existing product line.</source>
        <translation>请选择已有的产品线。</translation>
    </message>
    <message>
        <source>Choose one of the listed kinds.</source>
        <translation>请从列表中选择跟进方式。</translation>
    </message>
    <message>
        <source>Choose one of the listed levels.</source>
        <translation>请从列表中选择意向。</translation>
    </message>
    <message>
        <source>Choose one of the listed rule kinds.</source>
        <translation>请从列表中选择分配方式。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>Choose who receives these leads.</source>
        <translation>请选择接收这些线索的人员。</translation>
    </message>
    <message>
        <source>Contract to renew</source>
        <translation>合同待续签</translation>
    </message>
    <message>
        <source>Copy to another year.</source>
        <translation>请复制到其他年度。</translation>
    </message>
    <message>
        <source>Customer returned to the pool</source>
        <translation>客户已退回公海</translation>
    </message>
    <message>
        <source>Digits, spaces, + - ( ) only.</source>
        <translation>只能包含数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name, company or phone.</source>
        <translation>请填写来电人姓名、公司或电话。</translation>
    </message>
    <message>
        <source>Enter the figure to split first.</source>
        <translation>请先输入要分解的数值。</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name or company.</source>
        <translation>请填写来客姓名或公司。</translation>
    </message>
    <message>
        <source>From 1 to 500.</source>
        <translation>请输入 1 到 500。</translation>
    </message>
    <message>
        <source>Give a flat rate or tiers, not both.</source>
        <translation>固定比例和阶梯只能填写一种。</translation>
    </message>
    <message>
        <source>Give a flat rate or tiers.</source>
        <translation>请填写固定比例或阶梯。</translation>
    </message>
    <message>
        <source>Give a quantity for at least one line.</source>
        <translation>请至少为一行填写数量。</translation>
    </message>
    <message>
        <source>Give at least one due date.</source>
        <translation>请至少填写一个到期日。</translation>
    </message>
    <message>
        <source>Give at least one instalment.</source>
        <translation>请至少填写一期。</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>请填写到期日。</translation>
    </message>
    <message>
        <source>Give the first day the rule applies.</source>
        <translation>请填写规则的生效日期。</translation>
    </message>
    <message>
        <source>Give the opportunity a title.</source>
        <translation>请填写商机名称。</translation>
    </message>
    <message>
        <source>Give the order number.</source>
        <translation>请填写合同号。</translation>
    </message>
    <message>
        <source>Give the payment date.</source>
        <translation>请填写回款日期。</translation>
    </message>
    <message>
        <source>Goods can be returned only from a shipped order.</source>
        <translation>只有已发货的合同才能退货。</translation>
    </message>
    <message>
        <source>Goods of this order were shipped; it cannot be cancelled.</source>
        <translation>该合同已有发货，不能作废。</translation>
    </message>
    <message>
        <source>Instalment overdue</source>
        <translation>分期款逾期</translation>
    </message>
    <message>
        <source>More than remains to ship of this line.</source>
        <translation>超出该行的待发货数量。</translation>
    </message>
    <message>
        <source>More than was shipped of this line.</source>
        <translation>超出该行的已发货数量。</translation>
    </message>
    <message>
        <source>No active team has salespeople to split to.</source>
        <translation>启用的团队中都没有销售，无法分解。</translation>
    </message>
    <message>
        <source>No customer with this code or name.</source>
        <translation>没有该编号或名称的客户。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>No follow-up within the return period.</source>
        <translation>在回收期限内没有跟进。</translation>
    </message>
    <message>
        <source>No industry sold last year: enter the industries&apos; figures by hand.</source>
        <translation>上年没有任何行业的销售：请手动输入各行业的数值。</translation>
    </message>
    <message>
        <source>No order with this number.</source>
        <translation>没有该合同号的合同。</translation>
    </message>
    <message>
        <source>No password store (keyring) works on this computer, so the password was not saved: SalesDesk will ask for it at each start.</source>
        <translation>本机没有可用的密码库（keyring），因此未保存密码：SalesDesk 每次启动时都会询问。</translation>
    </message>
    <message>
        <source>No spaces at the start or end.</source>
        <translation>开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>No such salesperson.</source>
        <translation>销售不存在。</translation>
    </message>
    <message>
        <source>No such team.</source>
        <translation>团队不存在。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>No user with this user name or name.</source>
        <translation>没有使用此用户名或姓名的用户。</translation>
    </message>
    <message>
        <source>Not a valid mainland China number after +86.</source>
        <translation>+86 后面不是有效的中国大陆号码。</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <source>One of the customers no longer exists.</source>
        <translation>其中一个客户已不存在。</translation>
    </message>
    <message>
        <source>Only a confirmed order that is not fully shipped can ship.</source>
        <translation>只有已确认且尚未全部发货的合同才能发货。</translation>
    </message>
    <message>
        <source>Only a draft or rejected quotation can be edited; make a revision.</source>
        <translation>只有草稿或已驳回的报价单可以修改；请创建修订版。</translation>
    </message>
    <message>
        <source>Only a draft order can be edited.</source>
        <translation>只有草稿合同可以编辑。</translation>
    </message>
    <message>
        <source>Only a draft shipment can be cancelled.</source>
        <translation>只有草稿发货单可以作废。</translation>
    </message>
    <message>
        <source>Only a draft shipment can be shipped.</source>
        <translation>只有草稿发货单可以发货。</translation>
    </message>
    <message>
        <source>Only a draft statement can be approved.</source>
        <translation>只有草稿结算单可以审核。</translation>
    </message>
    <message>
        <source>Only a fully shipped order can be closed.</source>
        <translation>只有已全部发货的合同才能结案。</translation>
    </message>
    <message>
        <source>Only a manager copies a year&apos;s targets.</source>
        <translation>只有销售经理可以复制年度目标。</translation>
    </message>
    <message>
        <source>Only a sent quotation is changed by a revision.</source>
        <translation>只有已发送的报价单才能通过修订版更改。</translation>
    </message>
    <message>
        <source>Only a shipped shipment can be delivered.</source>
        <translation>只有已发货的发货单才能签收。</translation>
    </message>
    <message>
        <source>Only an approved statement can be marked paid.</source>
        <translation>只有已审核的结算单可以标记为已发放。</translation>
    </message>
    <message>
        <source>Only salespeople and supervisors receive leads.</source>
        <translation>只有销售和销售主管可以接收线索。</translation>
    </message>
    <message>
        <source>Only salespeople and supervisors take reception duty.</source>
        <translation>只有销售和销售主管可以参加接待轮值。</translation>
    </message>
    <message>
        <source>Only supervisors and managers approve orders.</source>
        <translation>只有销售主管和销售经理可以审批合同。</translation>
    </message>
    <message>
        <source>Only supervisors and managers approve quotations.</source>
        <translation>只有销售主管和销售经理可以审批报价单。</translation>
    </message>
    <message>
        <source>Payments were recorded for this order; it cannot be cancelled.</source>
        <translation>该合同已登记回款，不能作废。</translation>
    </message>
    <message>
        <source>Record a follow-up to keep this customer.</source>
        <translation>请记录一次跟进以保留该客户。</translation>
    </message>
    <message>
        <source>Salespeople quote for themselves.</source>
        <translation>销售只能以自己的名义报价。</translation>
    </message>
    <message>
        <source>Salespeople take orders for themselves.</source>
        <translation>销售只能以自己的名义签订合同。</translation>
    </message>
    <message>
        <source>Say what the next action is.</source>
        <translation>请填写下一步行动。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明作废合同的原因。</translation>
    </message>
    <message>
        <source>Say why the order is rejected.</source>
        <translation>请说明驳回合同的原因。</translation>
    </message>
    <message>
        <source>Say why the quotation is rejected.</source>
        <translation>请说明驳回报价单的原因。</translation>
    </message>
    <message>
        <source>Say why this prepayment or overpayment is accepted.</source>
        <translation>请说明接受该预收款或超额付款的原因。</translation>
    </message>
    <message>
        <source>Several customers have this name; use the customer code.</source>
        <translation>有多个客户同名，请填写客户编号。</translation>
    </message>
    <message>
        <source>Several users have this name; use the user name.</source>
        <translation>有多个用户同名，请填写用户名。</translation>
    </message>
    <message>
        <source>Some of these customers are not yours to assign.</source>
        <translation>其中有些客户您无权分配。</translation>
    </message>
    <message>
        <source>Someone else entered this target meanwhile; reload to see it.</source>
        <translation>在此期间其他人已录入该目标，请重新加载查看。</translation>
    </message>
    <message>
        <source>Split the company target to teams or industries.</source>
        <translation>请将公司目标分解到团队或行业。</translation>
    </message>
    <message>
        <source>Teams or industries.</source>
        <translation>请选择团队或行业。</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>该文件就是数据库本身，请选择一个备份。</translation>
    </message>
    <message>
        <source>That opportunity is not this customer&apos;s.</source>
        <translation>该商机不属于这个客户。</translation>
    </message>
    <message>
        <source>That reminder no longer exists.</source>
        <translation>该提醒已不存在。</translation>
    </message>
    <message>
        <source>The bundle no longer exists.</source>
        <translation>该产品组合已不存在。</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists.</source>
        <translation>所选客户已不存在。</translation>
    </message>
    <message>
        <source>The company figure has no key.</source>
        <translation>公司目标不能指定对象。</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>合同的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The first tier starts at 0 %.</source>
        <translation>第一个阶梯须从 0 % 开始。</translation>
    </message>
    <message>
        <source>The floor price cannot be above the list price.</source>
        <translation>底价不能高于标准价。</translation>
    </message>
    <message>
        <source>The instalments must add up to the order total.</source>
        <translation>各期金额之和必须等于合同总额。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>失效日期不能早于生效日期。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The logo must be smaller than 1 MB.</source>
        <translation>标志图片必须小于 1 MB。</translation>
    </message>
    <message>
        <source>The opportunity is already closed.</source>
        <translation>商机已经关闭。</translation>
    </message>
    <message>
        <source>The opportunity is closed.</source>
        <translation>商机已关闭。</translation>
    </message>
    <message>
        <source>The opportunity no longer exists.</source>
        <translation>该商机已不存在。</translation>
    </message>
    <message>
        <source>The order cannot make this change in its present state.</source>
        <translation>合同在当前状态下不能进行此项更改。</translation>
    </message>
    <message>
        <source>The order is not fully paid yet.</source>
        <translation>该合同尚未全部回款。</translation>
    </message>
    <message>
        <source>The order is not in a state to ship or take back goods.</source>
        <translation>该合同在当前状态下不能发货或退货。</translation>
    </message>
    <message>
        <source>The payment is above the balance; mark it as a prepayment or overpayment and give the reason.</source>
        <translation>回款金额超过未收金额；请标记为预收款或超额付款，并填写原因。</translation>
    </message>
    <message>
        <source>The payment plan of this order can no longer change.</source>
        <translation>该合同的付款计划已不能修改。</translation>
    </message>
    <message>
        <source>The product line no longer exists.</source>
        <translation>该产品线已不存在。</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <source>The quotation cannot expire before its date.</source>
        <translation>报价单的有效期不能早于报价日期。</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
    <message>
        <source>The same target is given twice.</source>
        <translation>同一目标填写了两次。</translation>
    </message>
    <message>
        <source>The source and the destination are the same database.</source>
        <translation>源数据库和目标数据库是同一个数据库。</translation>
    </message>
    <message>
        <source>The total cannot be negative.</source>
        <translation>合计不能为负数。</translation>
    </message>
    <message>
        <source>The warning must come before the return to the pool.</source>
        <translation>提醒天数必须小于退回公海的天数。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This customer belongs to another salesperson.</source>
        <translation>该客户属于其他销售。</translation>
    </message>
    <message>
        <source>This database already has users; log in instead.</source>
        <translation>数据库中已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>This is someone else&apos;s reminder.</source>
        <translation>这是其他人的提醒。</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>已是第一个阶段。</translation>
    </message>
    <message>
        <source>This order belongs to another salesperson.</source>
        <translation>该合同属于其他销售。</translation>
    </message>
    <message>
        <source>This order belongs to another team.</source>
        <translation>该合同属于其他团队。</translation>
    </message>
    <message>
        <source>This order needs approval before it is confirmed.</source>
        <translation>该合同须先审批才能确认。</translation>
    </message>
    <message>
        <source>This order needs no approval; it can be confirmed.</source>
        <translation>该合同无需审批，可以直接确认。</translation>
    </message>
    <message>
        <source>This order takes no more payments.</source>
        <translation>该合同不能再登记回款。</translation>
    </message>
    <message>
        <source>This order takes no payments (cancelled).</source>
        <translation>该合同已作废，不能登记回款。</translation>
    </message>
    <message>
        <source>This quotation belongs to another salesperson.</source>
        <translation>该报价单属于其他销售。</translation>
    </message>
    <message>
        <source>This quotation belongs to another team.</source>
        <translation>该报价单属于其他团队。</translation>
    </message>
    <message>
        <source>This quotation needs approval before it is sent.</source>
        <translation>该报价单须先审批才能发送。</translation>
    </message>
    <message>
        <source>This quotation needs no approval; it can be sent.</source>
        <translation>该报价单无需审批，可以直接发送。</translation>
    </message>
    <message>
        <source>This shipment can no longer change.</source>
        <translation>该发货单已不能修改。</translation>
    </message>
    <message>
        <source>This statement belongs to another salesperson.</source>
        <translation>该结算单属于其他销售。</translation>
    </message>
    <message>
        <source>This target was removed meanwhile; reload.</source>
        <translation>在此期间该目标已被删除，请重新加载。</translation>
    </message>
    <message>
        <source>This team has no active salespeople.</source>
        <translation>该团队没有在职的销售。</translation>
    </message>
    <message>
        <source>This user cannot own customers (only sales staff, supervisors and managers).</source>
        <translation>该用户不能拥有客户（只有销售、销售主管和销售经理可以）。</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>该用户已停用。</translation>
    </message>
    <message>
        <source>Tier rates are 0 - 100 % with at most two decimals.</source>
        <translation>阶梯比例须为 0 - 100 %，最多两位小数。</translation>
    </message>
    <message>
        <source>Tier starts are 0 - 10000 % with at most two decimals.</source>
        <translation>阶梯起点须为 0 - 10000 %，最多两位小数。</translation>
    </message>
    <message>
        <source>Tier starts must ascend.</source>
        <translation>阶梯起点须逐级递增。</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>未知的设置项。</translation>
    </message>
    <message>
        <source>Use Won or Lost to close the opportunity.</source>
        <translation>请用“赢单”或“输单”关闭商机。</translation>
    </message>
    <message>
        <source>Use a mobile (11 digits, 1xx), a landline with area code (021-12345678) or +country number.</source>
        <translation>请填写手机号（11 位，1 开头）、带区号的座机（021-12345678）或“+国家代码”号码。</translation>
    </message>
    <message>
        <source>Use 公司 or 个人 (company, person).</source>
        <translation>请填写“公司”或“个人”。</translation>
    </message>
    <message>
        <source>Use 很大, 一般, 小 or 无 (high, medium, low, none).</source>
        <translation>请填写“很大”“一般”“小”或“无”。</translation>
    </message>
    <message>
        <source>Use 微型, 小型, 中型, 大型 (micro, small, medium, large) or leave it empty.</source>
        <translation>请填写“微型”“小型”“中型”“大型”，或留空。</translation>
    </message>
    <message>
        <source>Use 是 or 否 (yes, no).</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>Use 来访, 电话, 网络, 转介绍, 展会, 开票资料 or 其他 (visit, phone, web, referral, exhibition, invoice, other).</source>
        <translation>请填写“来访”“电话”“网络”“转介绍”“展会”“开票资料”或“其他”。</translation>
    </message>
    <message>
        <source>Use 转账, 现金, 支票, 承兑汇票, 刷卡 or 其他.</source>
        <translation>请填写“转账”“现金”“支票”“承兑汇票”“刷卡”或“其他”。</translation>
    </message>
    <message>
        <source>What was said or done?</source>
        <translation>请填写跟进内容。</translation>
    </message>
    <message>
        <source>When is the next action due?</source>
        <translation>请填写下一步行动的到期日。</translation>
    </message>
    <message>
        <source>Which region or industry does the rule match?</source>
        <translation>请填写规则匹配的区域或行业。</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>请填写输单原因。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>You may assign only to people in your team.</source>
        <translation>只能分配给本团队的人员。</translation>
    </message>
    <message>
        <source>You may not give this customer to that owner.</source>
        <translation>您无权把该客户交给这位销售。</translation>
    </message>
    <message>
        <source>You may not give this order to that salesperson.</source>
        <translation>您不能把该合同交给这位销售。</translation>
    </message>
    <message>
        <source>You may not give this quotation to that salesperson.</source>
        <translation>您不能把该报价单交给这位销售。</translation>
    </message>
    <message>
        <source>You may only create customers for yourself.</source>
        <translation>只能为自己新建客户。</translation>
    </message>
    <message>
        <source>You see only your own targets.</source>
        <translation>您只能查看自己的目标。</translation>
    </message>
    <message>
        <source>in or out.</source>
        <translation>应为呼入或呼出。</translation>
    </message>
    <message>
        <source>pg_dump was not found on this computer, so SalesDesk cannot back up the PostgreSQL database. Install the PostgreSQL client tools (the server&apos;s version or newer) and add their bin folder to PATH, or back up on the server.</source>
        <translation>本机找不到 pg_dump，因此 SalesDesk 无法备份 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具（与服务器同版本或更新），并将其 bin 文件夹加入 PATH，或在服务器上备份。</translation>
    </message>
    <message>
        <source>pg_restore was not found on this computer, so SalesDesk cannot check or restore a PostgreSQL dump. Install the PostgreSQL client tools (the server&apos;s version or newer) and add their bin folder to PATH, or restore on the server.</source>
        <translation>本机找不到 pg_restore，因此 SalesDesk 无法检查或恢复 PostgreSQL 备份。请安装 PostgreSQL 客户端工具（与服务器同版本或更新），并将其 bin 文件夹加入 PATH，或在服务器上恢复。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>失败次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>The daily claim limit is {limit}; you have claimed {used} today and may claim {left} more.</source>
        <translation>每日领取上限为 {limit} 个，今天已领取 {used} 个，还可领取 {left} 个。</translation>
    </message>
    <message>
        <source>Changed by {name} at {time}; reload to see the changes.</source>
        <translation>{name} 已于 {time} 修改，请重新加载。</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>One of: {values}.</source>
        <translation>只能是以下之一：{values}。</translation>
    </message>
    <message>
        <source>A team named {name} already exists.</source>
        <translation>已有名为“{name}”的团队。</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <source>{entity} {id} does not exist.</source>
        <translation>{entity}（ID {id}）不存在。</translation>
    </message>
    <message>
        <source>{entity} {id} no longer exists.</source>
        <translation>{entity}（ID {id}）已不存在。</translation>
    </message>
    <message>
        <source>Role {role} may not do any of {permissions}.</source>
        <translation>“{role}”角色无权执行此操作（{permissions}）。</translation>
    </message>
    <message>
        <source>Role {role} may not do {permission}.</source>
        <translation>“{role}”角色无权执行此操作（{permission}）。</translation>
    </message>
    <message>
        <source>Role {role} may not view products.</source>
        <translation>角色 {role} 无权查看产品。</translation>
    </message>
    <message>
        <source>The discount of {discount}% is above your approval limit of {limit}%.</source>
        <translation>折扣 {discount}% 超出您的审批权限 {limit}%。</translation>
    </message>
    <message>
        <source>A quotation in state {current} cannot become {target}.</source>
        <translation>报价单不能从状态 {current} 变为 {target}。</translation>
    </message>
    <message>
        <source>At most {count} tiers.</source>
        <translation>最多 {count} 个阶梯。</translation>
    </message>
    <message>
        <source>A year from {low} to {high}.</source>
        <translation>年度须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>One of {values}.</source>
        <translation>只能是以下之一：{values}。</translation>
    </message>
    <message>
        <source>{year} already has targets.</source>
        <translation>{year} 年已有目标。</translation>
    </message>
    <message>
        <source>{year} has no targets to copy.</source>
        <translation>{year} 年没有可复制的目标。</translation>
    </message>
    <message>
        <source>{rows} row(s) have problems; nothing was imported.</source>
        <translation>{rows} 行有问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>This row adds a contact to the customer of row {row}: leave the customer&apos;s columns empty or the same as there.</source>
        <translation>本行是给第 {row} 行的客户添加的联系人：客户信息各列请留空或与第 {row} 行相同。</translation>
    </message>
    <message>
        <source>The name repeats row {row}, so this row must add a contact; it has none.</source>
        <translation>名称与第 {row} 行重复，本行应为该客户添加联系人，但没有联系人信息。</translation>
    </message>
    <message>
        <source>The code repeats row {row}.</source>
        <translation>编号与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>{file} is not an Excel .xlsx workbook that can be read ({reason}).</source>
        <translation>{file} 不是可读取的 Excel .xlsx 工作簿（{reason}）。</translation>
    </message>
    <message>
        <source>{file}: no sheet has a {column} column header in its first {rows} rows. Start from the template.</source>
        <translation>{file}：所有工作表的前 {rows} 行中都没有“{column}”列标题。请使用导入模板。</translation>
    </message>
    <message>
        <source>Product {code} (row {row}) was changed by another user since the check; nothing was imported. Check the file again.</source>
        <translation>产品 {code}（第 {row} 行）在检查之后已被其他用户修改；未导入任何数据。请重新检查文件。</translation>
    </message>
    <message>
        <source>Above the order&apos;s balance of {balance}; give the reason for an overpayment, or correct the amount.</source>
        <translation>超过合同未收余额 {balance}；请填写超额回款的原因，或更正金额。</translation>
    </message>
    <message>
        <source>A SQLite database on a network share can be damaged when several computers write to it. Use a PostgreSQL server to share one database: Database… in the login window sets it up.</source>
        <translation>网络共享上的 SQLite 数据库在多台电脑同时写入时可能损坏。多人共用一个数据库请使用 PostgreSQL 服务器：在登录窗口点击“数据库…”进行设置。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {where}; it holds a SalesDesk database (schema version {schema}, {users} users).</source>
        <translation>已连接到 {where} 上的 PostgreSQL {version}；其中有一个 SalesDesk 数据库（结构版本 {schema}，{users} 个用户）。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {where}; it holds an empty SalesDesk database (schema version {schema}).</source>
        <translation>已连接到 {where} 上的 PostgreSQL {version}；其中有一个空的 SalesDesk 数据库（结构版本 {schema}）。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {where}; the database is empty: SalesDesk creates its tables when it first opens it.</source>
        <translation>已连接到 {where} 上的 PostgreSQL {version}；数据库为空：SalesDesk 首次打开时会创建数据表。</translation>
    </message>
    <message>
        <source>Connected, but the server answered: {detail}</source>
        <translation>已连接，但服务器返回：{detail}</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {detail}</source>
        <translation>无法连接到 {where}：{detail}</translation>
    </message>
    <message>
        <source>No answer from {where} within {seconds} seconds: check the host name, the network and the firewall.</source>
        <translation>{where} 在 {seconds} 秒内没有响应：请检查主机名、网络和防火墙。</translation>
    </message>
    <message>
        <source>The server {where} refused the connection: is PostgreSQL running there, listening on port {port} and on the network (listen_addresses)?</source>
        <translation>服务器 {where} 拒绝了连接：PostgreSQL 是否在运行、是否监听端口 {port} 以及网络地址（listen_addresses）？</translation>
    </message>
    <message>
        <source>Unknown host name {host}: check its spelling or use the server&apos;s IP address.</source>
        <translation>未知的主机名 {host}：请检查拼写或使用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>The server refused user {user}: wrong user name or password.</source>
        <translation>服务器拒绝了用户 {user}：用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server has no database {database}: create it first (CREATE DATABASE, see the README&apos;s section on a shared database).</source>
        <translation>服务器上没有数据库 {database}：请先创建（CREATE DATABASE，见 README 中关于共用数据库的一节）。</translation>
    </message>
    <message>
        <source>The server has no user (role) {user}: create it first (CREATE ROLE ... LOGIN PASSWORD).</source>
        <translation>服务器上没有用户（角色）{user}：请先创建（CREATE ROLE ... LOGIN PASSWORD）。</translation>
    </message>
    <message>
        <source>The server {where} does not let user {user} connect from this computer: add a line for it to pg_hba.conf on the server.</source>
        <translation>服务器 {where} 不允许用户 {user} 从本机连接：请在服务器的 pg_hba.conf 中为其添加一行。</translation>
    </message>
    <message>
        <source>{path}: a SalesDesk database (schema version {version}, {users} users).</source>
        <translation>{path}：SalesDesk 数据库（结构版本 {version}，{users} 个用户）。</translation>
    </message>
    <message>
        <source>{path} is on a network share ({reason}). A SQLite database there can be damaged when several computers write to it: use a PostgreSQL server to share one database.</source>
        <translation>{path} 位于网络共享上（{reason}）。那里的 SQLite 数据库在多台电脑同时写入时可能损坏：多人共用一个数据库请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>{path} does not exist yet: SalesDesk creates it when it first opens it.</source>
        <translation>{path} 尚不存在：SalesDesk 首次打开时会创建它。</translation>
    </message>
    <message>
        <source>{path} is an empty database.</source>
        <translation>{path} 是一个空数据库。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written: choose another place for the file.</source>
        <translation>文件夹 {folder} 无法写入：请为该文件另选位置。</translation>
    </message>
    <message>
        <source>{path} is not a SalesDesk database: {detail}</source>
        <translation>{path} 不是 SalesDesk 数据库：{detail}</translation>
    </message>
    <message>
        <source>After copying, these tables differ from the source: {tables}. Nothing was kept in the destination.</source>
        <translation>复制后，以下数据表与源数据库不一致：{tables}。目标数据库中没有保留任何数据。</translation>
    </message>
    <message>
        <source>{source} holds no SalesDesk database to move.</source>
        <translation>{source} 中没有可迁移的 SalesDesk 数据库。</translation>
    </message>
    <message>
        <source>{label} already holds data (table {table}): data can only be moved into an empty database. Choose a new file or an empty PostgreSQL database.</source>
        <translation>{label} 中已有数据（数据表 {table}）：数据只能迁移到空数据库。请选择新文件或空的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written: {detail}. Choose another folder (Settings, Backups) or free some space.</source>
        <translation>无法写入备份文件夹 {folder}：{detail}。请另选一个文件夹（设置 &gt; 备份）或腾出磁盘空间。</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump 失败：{detail}</translation>
    </message>
    <message>
        <source>pg_restore failed; the database was left as it was: {detail}</source>
        <translation>pg_restore 失败；数据库保持原样：{detail}</translation>
    </message>
    <message>
        <source>{name} is not a readable PostgreSQL dump: {detail}</source>
        <translation>{name} 不是可读取的 PostgreSQL 备份：{detail}</translation>
    </message>
    <message>
        <source>SQLite could not copy {name}: {detail}</source>
        <translation>SQLite 无法复制 {name}：{detail}</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path} 处没有数据库文件。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check ({detail}); the database itself may be damaged: run `salesdesk check`.</source>
        <translation>备份副本未通过完整性检查（{detail}）；数据库本身可能已损坏：请运行 `salesdesk check`。</translation>
    </message>
    <message>
        <source>{name} is not a SalesDesk backup: it is neither a SQLite database nor a PostgreSQL dump.</source>
        <translation>{name} 不是 SalesDesk 备份：它既不是 SQLite 数据库，也不是 PostgreSQL 备份。</translation>
    </message>
    <message>
        <source>{name} is damaged: the file is shorter than the database it holds (it was cut off while copying).</source>
        <translation>{name} 已损坏：文件比其中的数据库短（复制时被截断）。</translation>
    </message>
    <message>
        <source>{name} is damaged: {detail}</source>
        <translation>{name} 已损坏：{detail}</translation>
    </message>
    <message>
        <source>SQLite could not restore into {name}: {detail}. Close every other SalesDesk using this database and try again.</source>
        <translation>SQLite 无法恢复到 {name}：{detail}。请关闭其他正在使用此数据库的 SalesDesk 后重试。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {detail}</source>
        <translation>无法创建备份文件夹 {folder}：{detail}</translation>
    </message>
    <message>
        <source>{path} exists; choose a new file name.</source>
        <translation>{path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {detail}</source>
        <translation>无法读取 {name}：{detail}</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL dump, but not of a SalesDesk database.</source>
        <translation>{name} 是 PostgreSQL 备份，但不是 SalesDesk 数据库的备份。</translation>
    </message>
    <message>
        <source>{name} holds no SalesDesk schema version.</source>
        <translation>{name} 中没有 SalesDesk 结构版本。</translation>
    </message>
    <message>
        <source>{name} is a SQLite database, but not a SalesDesk one.</source>
        <translation>{name} 是 SQLite 数据库，但不是 SalesDesk 数据库。</translation>
    </message>
    <message>
        <source>{name} was made by a newer SalesDesk (schema version {version}; this one knows up to {known}). Restore it with that SalesDesk or a newer one.</source>
        <translation>{name} 由更新版本的 SalesDesk 生成（结构版本 {version}；当前版本最高支持 {known}）。请用该版本或更新版本的 SalesDesk 恢复。</translation>
    </message>
    <message>
        <source>{name} is a SQLite backup; a PostgreSQL database is restored from a PostgreSQL dump (.dump). To move a SQLite database to the server, use the data move instead.</source>
        <translation>{name} 是 SQLite 备份；PostgreSQL 数据库需从 PostgreSQL 备份（.dump）恢复。要把 SQLite 数据库转到服务器，请使用数据迁移。</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL dump; a SQLite database is restored from a SQLite backup (.sqlite3).</source>
        <translation>{name} 是 PostgreSQL 备份；SQLite 数据库需从 SQLite 备份（.sqlite3）恢复。</translation>
    </message>
    <message>
        <source>{file}: no sheet has a 名称 (name) column header in its first {rows} rows. Start from the template.</source>
        <translation type="vanished">{file}：所有工作表的前 {rows} 行中都没有“名称”列标题。请使用导入模板。</translation>
    </message>
    <message>
        <source>A SQLite database on a network share can be damaged when several computers write to it. Use a PostgreSQL server to share one database.</source>
        <translation type="vanished">网络共享上的 SQLite 数据库在多台电脑同时写入时可能损坏。多人共用一个数据库请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>This database has schema version {version}, but this SalesDesk only knows versions up to {known}. Install the newer SalesDesk that last opened it; the database was left unchanged.</source>
        <translation>该数据库的结构版本为 {version}，而当前 SalesDesk 只支持到版本 {known}。请安装上次打开它的较新版本 SalesDesk；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Registered by {name}</source>
        <translation>登记人：{name}</translation>
    </message>
    <message>
        <source>New lead from the front desk, registered by {name}</source>
        <translation>前台新线索，登记人：{name}</translation>
    </message>
    <message>
        <source>{name} returns to the pool on {date}</source>
        <translation>{name} 将于 {date} 退回公海</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>到期日 {date}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Sales rules</source>
        <translation>销售规则</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Tax rate %:</source>
        <translation>税率 %：</translation>
    </message>
    <message>
        <source>Return to pool after (days without follow-up):</source>
        <translation>未跟进多少天后退回公海：</translation>
    </message>
    <message>
        <source>Warn the owner (days before the return):</source>
        <translation>提前几天提醒归属销售：</translation>
    </message>
    <message>
        <source>Pool claims per salesperson per day:</source>
        <translation>每位销售每日可领取：</translation>
    </message>
    <message>
        <source>Renewal reminder (days before the contract ends):</source>
        <translation>合同到期前几天提醒续签：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image under 1 MB, printed on documents</source>
        <translation>PNG 或 JPEG 图片，不超过 1 MB，打印在单据上</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>恢复为已保存的值</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请修改标出的字段。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ShipmentActionBar</name>
    <message>
        <source>New shipment…</source>
        <translation>新建发货单…</translation>
    </message>
    <message>
        <source>Ship goods of an order: choose the order ({key})</source>
        <translation>为合同发货：选择合同（{key}）</translation>
    </message>
    <message>
        <source>New return…</source>
        <translation>新建退货单…</translation>
    </message>
    <message>
        <source>Take back shipped goods of an order ({key})</source>
        <translation>收回合同已发出的货物（{key}）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>The selected shipment&apos;s lines; change its carrier, tracking number and fees (Enter or double-click)</source>
        <translation>查看选中发货单的明细，修改承运商、运单号和费用（回车或双击）</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>标记为已发货</translation>
    </message>
    <message>
        <source>The draft left the warehouse (or the return came back): the order&apos;s shipped quantities move ({key})</source>
        <translation>草稿已出库（或退货已入库）：合同的已发货数量随之变化（{key}）</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已签收</translation>
    </message>
    <message>
        <source>The customer received the shipment ({key})</source>
        <translation>客户已收到该发货单的货物（{key}）</translation>
    </message>
    <message>
        <source>Cancel draft…</source>
        <translation>作废草稿…</translation>
    </message>
    <message>
        <source>Cancel a draft that never left; its number stays used</source>
        <translation>作废尚未出库的草稿；其单号不再重复使用</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Return of {number}</source>
        <translation>{number} 退货</translation>
    </message>
    <message>
        <source>Goods coming back from {customer} on order {number}</source>
        <translation>{customer} 退回合同 {number} 的货物</translation>
    </message>
    <message>
        <source>Shipment of {number}</source>
        <translation>{number} 发货</translation>
    </message>
    <message>
        <source>Goods leaving for {customer} on order {number}</source>
        <translation>按合同 {number} 发往 {customer} 的货物</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>合同数量</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>May return</source>
        <translation>可退数量</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>未发数量</translation>
    </message>
    <message>
        <source>Quantity to return</source>
        <translation>本次退货数量</translation>
    </message>
    <message>
        <source>Quantity to ship</source>
        <translation>本次发货数量</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>发货日期：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>运费：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Packaging:</source>
        <translation>包装费：</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save as a draft; ship it from the shipments list (Ctrl+S)</source>
        <translation>保存为草稿，之后在发货单列表中发货（Ctrl+S）</translation>
    </message>
    <message>
        <source>Type the quantity of each line, at most the column before it; Tab moves on; Ctrl+S saves the draft.</source>
        <translation>输入每行的数量，不超过前一列的数值；Tab 移到下一格；Ctrl+S 保存草稿。</translation>
    </message>
    <message>
        <source>Give a quantity for at least one line.</source>
        <translation>请至少为一行填写数量。</translation>
    </message>
    <message>
        <source>Check line(s) {rows}: hover a red cell for the reason.</source>
        <translation>请检查第 {rows} 行：鼠标移到红色单元格上可查看原因。</translation>
    </message>
</context>
<context>
    <name>ShipmentFilterBar</name>
    <message>
        <source>Number, order, customer or tracking</source>
        <translation>单号、合同、客户或运单号</translation>
    </message>
    <message>
        <source>Shipments and returns</source>
        <translation>发货单和退货单</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Only the shipments of this salesperson&apos;s orders</source>
        <translation>只显示该销售的合同的发货单</translation>
    </message>
    <message>
        <source>Show the shipments of every customer</source>
        <translation>显示所有客户的发货单</translation>
    </message>
    <message>
        <source>Only the shipments of one customer</source>
        <translation>只显示某个客户的发货单</translation>
    </message>
    <message>
        <source>Only the shipments of {name}</source>
        <translation>只显示 {name} 的发货单</translation>
    </message>
</context>
<context>
    <name>ShipmentLineModel</name>
    <message>
        <source>Type a quantity of 0 or more.</source>
        <translation>请输入大于或等于 0 的数量。</translation>
    </message>
    <message>
        <source>At most {quantity}.</source>
        <translation>最多 {quantity}。</translation>
    </message>
</context>
<context>
    <name>ShipmentStatsPanel</name>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures of the period again</source>
        <translation>重新读取该期间的统计数据</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Freight and packaging by carrier</source>
        <translation>按承运商统计运费和包装费</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单数</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Shipped {amount} (untaxed, returns subtracted); freight {freight}, packaging {packaging}</source>
        <translation>发货金额 {amount}（未税，已扣除退货）；运费 {freight}，包装费 {packaging}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ShipmentViewDialog</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>{kind} {number} of order {order} · {state}</source>
        <translation>合同 {order} 的{kind} {number} · {state}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>发货日期：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>运费：</translation>
    </message>
    <message>
        <source>Packaging:</source>
        <translation>包装费：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>ShipmentsScreen</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n 张发货单</numerusform>
        </translation>
    </message>
    <message>
        <source>Return goods of which order?</source>
        <translation>退回哪个合同的货物？</translation>
    </message>
    <message>
        <source>Ship goods of which order?</source>
        <translation>为哪个合同发货？</translation>
    </message>
    <message>
        <source>Cancel draft</source>
        <translation>作废草稿</translation>
    </message>
    <message>
        <source>Cancel {number} of order {order}? Its number stays used.</source>
        <translation>作废合同 {order} 的 {number}？其单号不再重复使用。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Open the selected row (or double-click it)</source>
        <translation>打开选中的行（或双击）</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>In a list, Down in the search box goes to the rows and Esc clears the search.</source>
        <translation>在列表中，在搜索框按 ↓ 进入列表，按 Esc 清空搜索。</translation>
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
    <name>StatementLines</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Basis amount</source>
        <translation>计提基数</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation>结转自</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a statement to see its rows.</source>
        <translation>选择一张结算单查看其明细。</translation>
    </message>
    <message>
        <source>{name}, {month}: {state}</source>
        <translation>{name}，{month}：{state}</translation>
    </message>
    <message>
        <source>{count} row(s); basis total {basis}; commission total {total}</source>
        <translation>共 {count} 行；计提基数合计 {basis}；提成合计 {total}</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Basis total</source>
        <translation>计提基数合计</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>{name}, {date}</source>
        <translation>{name}，{date}</translation>
    </message>
    <message>
        <source>{count} statement(s); commission total {total}</source>
        <translation>共 {count} 张结算单；提成合计 {total}</translation>
    </message>
</context>
<context>
    <name>TargetActionBar</name>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Split by team</source>
        <translation>按团队分解</translation>
    </message>
    <message>
        <source>Split by industry</source>
        <translation>按行业分解</translation>
    </message>
    <message>
        <source>The middle level between the company and the salespeople</source>
        <translation>公司与销售之间的中间层级</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the year&apos;s targets again (typed figures are dropped)</source>
        <translation>重新读取本年度目标（已输入但未保存的数字将被丢弃）</translation>
    </message>
    <message>
        <source>Propose monthly split</source>
        <translation>建议按月分解</translation>
    </message>
    <message>
        <source>Split the company&apos;s annual target into months by last year&apos;s monthly revenue (evenly without it)</source>
        <translation>按上年各月销售额占比把公司年度目标分解到各月（无上年数据时平均分配）</translation>
    </message>
    <message>
        <source>Propose split to industries</source>
        <translation>建议分解到行业</translation>
    </message>
    <message>
        <source>Propose split to teams</source>
        <translation>建议分解到团队</translation>
    </message>
    <message>
        <source>Split the company&apos;s saved figures (the year and each month) by last year&apos;s shares</source>
        <translation>按上年占比分解公司已保存的目标（全年及各月）</translation>
    </message>
    <message>
        <source>Propose split to salespeople</source>
        <translation>建议分解到销售</translation>
    </message>
    <message>
        <source>Split the saved figures of each team (by industry: the company&apos;s) to its active salespeople</source>
        <translation>把各团队已保存的目标（按行业时为公司目标）分解到其在职销售</translation>
    </message>
    <message>
        <source>by last year&apos;s share</source>
        <translation>按上年占比</translation>
    </message>
    <message>
        <source>by grade</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save every figure typed, all or none ({shortcut})</source>
        <translation>保存所有已输入的数字，全部成功或全部不保存（{shortcut}）</translation>
    </message>
    <message>
        <source>Copy last year</source>
        <translation>复制上年</translation>
    </message>
    <message>
        <source>Copy every figure of the year before, raised by the percentage beside</source>
        <translation>复制上一年度的全部目标，并按旁边的百分比上调</translation>
    </message>
    <message>
        <source>Increase over last year&apos;s figures</source>
        <translation>较上年目标的增幅</translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>Children sum to {amount}</source>
        <translation>下级合计为 {amount}</translation>
    </message>
    <message>
        <source>Salespeople sum to {amount}</source>
        <translation>销售合计为 {amount}</translation>
    </message>
    <message>
        <source>The months sum to {amount}</source>
        <translation>各月合计为 {amount}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source> · {percent} %</source>
        <translation> · {percent} %</translation>
    </message>
    <message>
        <source>Last year {amount}</source>
        <translation>上年 {amount}</translation>
    </message>
    <message>
        <source>Last year&apos;s actual: {amount}</source>
        <translation>上年实际：{amount}</translation>
    </message>
</context>
<context>
    <name>TargetsScreen</name>
    <message>
        <source>Unsaved targets</source>
        <translation>未保存的目标</translation>
    </message>
    <message>
        <source>{count} figures typed here are not saved. Drop them?</source>
        <translation>此处输入的 {count} 个数字尚未保存。要丢弃吗？</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saved {count} figures.</source>
        <translation>已保存 {count} 个数字。</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>先保存</translation>
    </message>
    <message>
        <source>The proposal splits saved figures. Save the figures typed so far first?</source>
        <translation>建议分解基于已保存的目标。要先保存目前输入的数字吗？</translation>
    </message>
    <message>
        <source>last year&apos;s shares</source>
        <translation>上年占比</translation>
    </message>
    <message>
        <source>grade weights</source>
        <translation>级别权重</translation>
    </message>
    <message>
        <source>an even split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Proposed from {basis}: check the figures, then save ({shortcut}).</source>
        <translation>已按{basis}给出建议：请核对数字后保存（{shortcut}）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Type the company&apos;s annual target in the Year column first.</source>
        <translation>请先在“全年”列输入公司年度目标。</translation>
    </message>
    <message>
        <source>There is no saved figure to split yet.</source>
        <translation>还没有可分解的已保存目标。</translation>
    </message>
    <message>
        <source>Copied {count} figures from {year}.</source>
        <translation>已从 {year} 年复制 {count} 个目标。</translation>
    </message>
    <message>
        <source>Type an amount into a cell you may change; red: its parts do not add up</source>
        <translation>在可修改的单元格中输入金额；红色表示下级合计与之不符</translation>
    </message>
</context>
<context>
    <name>TeamNameDialog</name>
    <message>
        <source>Team name:</source>
        <translation>团队名称：</translation>
    </message>
</context>
<context>
    <name>TeamsScreen</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
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
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Create a team (Ctrl+N)</source>
        <translation>新建团队（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>重命名团队</translation>
    </message>
    <message>
        <source>Deactivate team</source>
        <translation>停用团队</translation>
    </message>
    <message>
        <source>Deactivate {name}? Its {members} members stay in it, but it is no longer offered for new assignments.</source>
        <translation>停用 {name}？其 {members} 名成员仍属于该团队，但以后分配时不再提供此团队。</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>From attainment %</source>
        <translation>起始达成率 %</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加阶梯</translation>
    </message>
    <message>
        <source>Add a row: the tier applies from its attainment on</source>
        <translation>添加一行：达成率达到该值起适用此阶梯</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除阶梯</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除选中的行</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>To</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Today&apos;s registrations ({count})</source>
        <translation>今日登记（{count}）</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Net total:</source>
        <translation>未税合计：</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>税额：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>价税合计：</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>大写金额：</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Discount limit %:</source>
        <translation>折扣上限 %：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Regions and industries, separated by commas</source>
        <translation>区域和行业，用逗号分隔</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Discount limit %</source>
        <translation>折扣上限 %</translation>
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
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>新建账户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected account (Enter or double-click)</source>
        <translation>编辑所选账户（回车或双击）</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>{count} accounts, {inactive} inactive</source>
        <translation>共 {count} 个账户，{inactive} 个已停用</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Deactivate {name} ({username})? They can no longer log in; their records stay.</source>
        <translation>停用 {name}（{username}）？停用后不能再登录，其记录保留。</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Party size:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>来访目的：</translation>
    </message>
    <message>
        <source>Known to us:</source>
        <translation>已联系过：</translation>
    </message>
    <message>
        <source>In contact with our salesperson</source>
        <translation>已与我司销售联系过</translation>
    </message>
    <message>
        <source>who?</source>
        <translation>哪位？</translation>
    </message>
</context>
<context>
    <name>WorkbenchExtras</name>
    <message>
        <source>Nothing here.</source>
        <translation>暂无内容。</translation>
    </message>
    <message>
        <source>Contracts to renew</source>
        <translation>待续签合同</translation>
    </message>
    <message>
        <source>Overdue instalments</source>
        <translation>逾期分期款</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>合同到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>My target</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>目标达成率</translation>
    </message>
</context>
<context>
    <name>WorkbenchScreen</name>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>异常监控</translation>
    </message>
</context>
</TS>
