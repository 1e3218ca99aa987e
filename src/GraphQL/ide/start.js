// Starts GraphiQL on /graphql: the schema's docs come from introspection, and an editor puts
// their API key in the Headers tab (X-Api-Key) to run mutations. Everything is served locally.
(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = [
    '# DutyGraph 的 GraphQL 接口。左侧写查询，按 Ctrl+Enter 运行；右上角“Docs”是接口文档。',
    '# 需要修改数据（mutation）时，在下方 Headers 中填入编辑密钥：{"X-Api-Key": "dg_…"}',
    '{',
    '  whoIsResponsible(question: "楼下饭店油烟太大") {',
    '    unit { name }',
    '    role',
    '    confidence',
    '    reasons',
    '  }',
    '}',
    ''
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('ide'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultHeaders: '{\n  "X-Api-Key": ""\n}',
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false
  }));
})();
