export default {
  readOnly:
    'You can read this plan but not change it: your role gives no write access for {{organisation}}. Ask an administrator for a role if you need to write.',
};
