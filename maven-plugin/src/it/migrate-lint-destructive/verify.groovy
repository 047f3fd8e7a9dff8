// migrate-lint failed the build with a readable message: the goal, the file, the finding's code and object,
// and how to proceed; no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('atlas4j-maven-plugin') && log.contains(':migrate-lint (lint)')
assert log.contains('migrate-lint found problems at ERROR or above in file://')
assert log.contains('Analyzing changes from') && log.contains('20240201000000_drop_nickname.sql')
assert log.contains('ERROR DS103 users.nickname: drops column "nickname" of "users"') : 'the dropped column (DS103) is not named'
assert log.contains('silence a finding with -- atlas:nolint CODE, or set failOn')
assert !log.contains('\tat ') : 'the failure printed a stack trace'
return true
