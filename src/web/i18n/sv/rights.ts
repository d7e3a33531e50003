export default {
  readOnly:
    'Du kan läsa planen men inte ändra den: din roll ger inte skrivrätt för {{organisation}}. Be en administratör om en roll om du behöver skriva.',
};
