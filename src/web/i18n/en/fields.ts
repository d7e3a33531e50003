export default {
  count: '{{count}} of {{limit}} characters',
  over: '{{count}} of {{limit}} characters – {{over}} too many',
};
