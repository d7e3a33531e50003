export default {
  count: '{{count}} av {{limit}} tecken',
  over: '{{count}} av {{limit}} tecken – {{over}} för många',
};
